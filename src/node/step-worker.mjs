// The entry of a step worker thread (see step-workers.ts), in plain
// JavaScript so that a worker can start it without a TypeScript loader.
// Next to the compiled library (dist/) it loads serve-steps.js; next to the
// sources (src/, run through tsx) it registers tsx first and loads
// serve-steps.ts.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';

const compiled = new URL('./serve-steps.js', import.meta.url);
let served;
if (existsSync(fileURLToPath(compiled))) {
  served = await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  served = await import(new URL('./serve-steps.ts', import.meta.url).href);
}
served.serveSteps(parentPort);
