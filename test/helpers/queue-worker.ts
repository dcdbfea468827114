// Real `odibi worker` processes for tests: started through the CLI (tsx), their output collected,
// `ready` once they listen, `waitFor(text)` for a line, kill() as a crash or a stop would.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface TestWorker {
  name: string;
  process: ChildProcess;
  output(): string;
  /** Resolves when its output (from character `since` on; default: what it prints from now on) contains `text`. */
  waitFor(text: string, timeoutMs?: number, since?: number): Promise<void>;
  /** Resolves with the exit code (or signal) once the worker exited. */
  exited: Promise<number | string>;
  kill(signal?: NodeJS.Signals): void;
}

export async function startWorker(project: string, redisUrl: string, name: string, extra: string[] = []): Promise<TestWorker> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', project, '--redis', redisUrl, '--name', name, ...extra], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters: { text: string; since: number; resolve: () => void }[] = [];
  const hear = (chunk: Buffer): void => {
    output += chunk.toString();
    for (const w of [...waiters]) if (output.indexOf(w.text, w.since) >= 0) waiters.splice(waiters.indexOf(w), 1) && w.resolve();
  };
  child.stdout!.on('data', hear);
  child.stderr!.on('data', hear);
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const worker: TestWorker = {
    name, process: child, output: () => output, exited,
    waitFor: (text, timeoutMs = 60_000, since = output.length) => new Promise<void>((resolve, reject) => {
      if (output.indexOf(text, since) >= 0) return resolve();
      const timer = setTimeout(() => reject(new Error(`worker ${name} did not print "${text}" within ${timeoutMs} ms; it printed:\n${output}`)), timeoutMs);
      waiters.push({ text, since, resolve: () => (clearTimeout(timer), resolve()) });
      void exited.then((code) => reject(new Error(`worker ${name} exited (${code}) before printing "${text}":\n${output}`)));
    }),
    kill: (signal = 'SIGTERM') => void child.kill(signal),
  };
  await worker.waitFor('waiting for attempts', 60_000, 0);
  return worker;
}

/** Stops workers that are still running and waits for them. */
export async function stopWorkers(workers: readonly TestWorker[]): Promise<void> {
  for (const w of workers) if (w.process.exitCode === null && w.process.signalCode === null) w.kill('SIGKILL');
  await Promise.all(workers.map((w) => w.exited));
}
