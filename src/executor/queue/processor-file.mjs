// Where the worker's sandboxed processor is: beside this file, TypeScript when
// the library runs from src/ (through tsx), else the compiled JavaScript in
// dist/. Plain JavaScript: the notebook kernel compiles TypeScript it imports
// from src/ to CommonJS, where `import.meta` cannot be.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = new URL('./process-attempt-job.ts', import.meta.url);

export const processorFromSources = existsSync(source);
export const processorFile = fileURLToPath(processorFromSources ? source : new URL('./process-attempt-job.js', import.meta.url));
export const tsxLoader = () => import.meta.resolve('tsx');
