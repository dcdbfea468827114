// The sandboxed child's entry (started by runSandboxedJob, never imported): reads the job,
// hardens the process, runs the answer cell, then calls the harness on each case's input and
// reports each outcome as one JSON line on file descriptor 3. Whatever it writes is only the
// answer's output: the grader compares it with expected values this process never sees.
import { mkdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { answerRequire } from './answer-require.js';
import { hardenProcess } from './harden-process.js';
import { describeThrown, serialiseValue } from './serialise-value.js';
import type { SandboxJob } from './sandbox-job.js';

const CHANNEL = 3;
const write = writeSync;
// Node's own exit, taken before the answer runs (process.exit itself is made to throw).
const reallyExit = (process as unknown as { reallyExit: (code: number) => never }).reallyExit.bind(process);
const parent = process.ppid;
const stringify = JSON.stringify;
const send = (line: string) => void write(CHANNEL, line + '\n');

type Module = { exports: Record<string, unknown> };

/** Runs CommonJS code in an async function, as the kernel runs a cell; dynamic import() is refused. */
async function runModule(code: string, filename: string, load: (specifier: string) => unknown): Promise<Module> {
  const module: Module = { exports: {} };
  const script = new vm.Script(`(async function (exports, require, module, __filename, __dirname) {${code}\n})`, { filename });
  const fn = script.runInThisContext() as (...args: unknown[]) => Promise<void>;
  await fn(module.exports, load, module, filename, '.');
  return module;
}

async function main(jobFile: string, casesDir: string): Promise<void> {
  const job = JSON.parse(readFileSync(jobFile, 'utf8')) as SandboxJob;
  const library = join(fileURLToPath(import.meta.url), '..', '..', '..', '..', '..');
  const load = answerRequire(library); // the only loader the harness and the answer get, as their `require`
  const harness = await runModule(job.harness, 'run.js', load);
  const run = harness.exports.run as (answer: unknown, input: unknown, context: { dir: string }) => unknown;
  // The modules the answer imports are loaded now, before its time starts (a module that cannot be
  // loaded is left for the answer's own require to report).
  for (const [, specifier] of job.answer.matchAll(/\brequire\("([^"]+)"\)/g)) {
    try {
      load(specifier!);
    } catch {
      // reported when the answer runs
    }
  }
  send('{"t":"ready"}');
  hardenProcess();
  process.on('uncaughtException', (error) => console.error(`uncaught: ${describeThrown(error)}`));
  process.on('unhandledRejection', (error) => console.error(`unhandled rejection: ${describeThrown(error)}`));
  let entry: unknown;
  try {
    entry = (await runModule(job.answer, 'answer-cell.ts', load)).exports[job.entry];
  } catch (error) {
    send(`{"t":"answer","ok":false,"error":${stringify(describeThrown(error))}}`);
    return;
  }
  send(`{"t":"answer","ok":true,"entry":${stringify(typeof entry)}}`);
  if (typeof entry !== 'function') return;
  for (let i = 0; i < job.inputs.length; i++) {
    const dir = join(casesDir, `case-${i + 1}`);
    mkdirSync(dir, { recursive: true });
    let fields: string;
    try {
      fields = serialiseValue(await run(entry, job.inputs[i], { dir }), job.maxValueBytes);
    } catch (error) {
      fields = `"threw":${stringify(describeThrown(error))}`;
    }
    send(`{"t":"case","i":${i},${fields}}`);
  }
}

// The grader ends this process as soon as it reads "done" (or "fatal"): timers an answer left behind never run.
// Until then the process stays alive, so a promise that never settles runs into the time limit
// instead of ending the process as if nothing were left to do; and it ends itself if the grader is gone.
setInterval(() => {
  if (process.ppid !== parent) reallyExit(1);
}, 1000);
const [jobFile, casesDir] = process.argv.slice(2);
main(jobFile!, casesDir!).then(
  () => send('{"t":"done"}'),
  (error: unknown) => send(`{"t":"fatal","error":${stringify(describeThrown(error))}}`),
);
