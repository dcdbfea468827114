// Where a class-grading worker's entry is, and how to start it: beside this module, the
// TypeScript sources through tsx (in the project) or the compiled file (in dist/). Plain
// JavaScript (with worker-entry.d.mts for its types), so that it may use its own location
// (import.meta), which TypeScript modules of the library avoid: the notebook kernel compiles
// those to CommonJS when a notebook imports the library's sources.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The worker's entry file and the Node options to start it with. */
export function workerEntry() {
  const sources = fileURLToPath(new URL('./grade-worker-main.ts', import.meta.url));
  if (fs.existsSync(sources)) return { file: sources, execArgv: ['--import', import.meta.resolve('tsx')] };
  return { file: fileURLToPath(new URL('./grade-worker-main.js', import.meta.url)), execArgv: [] };
}
