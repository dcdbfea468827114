// What the browser tests share: Debian's Chromium and its flags, and the
// notebook server that `npm start` runs (scripts/start.mjs), started and
// stopped the way a learner does (SIGINT, as Ctrl-C).
import * as path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const outDir = path.join(root, '.odibi', 'browser');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const URL_PATTERN = /http:\/\/127\.0\.0\.1:(\d+)\/notebooks\/\S+\?token=([0-9a-f]+)/;

export interface NotebookServer {
  start: ChildProcess;
  port: number;
  token: string;
  /** What start.mjs printed so far. */
  log: () => string;
}

/** Starts scripts/start.mjs and resolves with the port and token of the URL it prints. */
export function startServer(): Promise<NotebookServer> {
  const start = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL from start.mjs within 120 s:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = URL_PATTERN.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ start, port: Number(match[1]), token: match[2]!, log: () => output });
      }
    };
    start.stdout.on('data', onData);
    start.stderr.on('data', onData);
    start.on('exit', (code) => reject(new Error(`start.mjs exited (code ${code}) before printing a URL:\n${output}`)));
  });
}

/** Sends SIGINT (Ctrl-C) and resolves with start.mjs's exit code, or 'timeout' after 60 s. */
export async function stopServer(server: NotebookServer): Promise<number | null | 'timeout'> {
  const { start } = server;
  const exited = new Promise<number | null>((resolve) => (start.exitCode !== null ? resolve(start.exitCode) : start.once('exit', resolve)));
  start.kill('SIGINT');
  let timer: NodeJS.Timeout | undefined;
  const code = await Promise.race([exited, new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), 60_000)))]);
  clearTimeout(timer);
  return code;
}
