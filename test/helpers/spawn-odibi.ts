// Runs the real `odibi` command (bin/odibi.js) in a child process, as a user would from a shell.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const BIN = path.resolve(import.meta.dirname, '../../bin/odibi.js');

export interface Spawned {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts `odibi <args...>` in `cwd`; `prefix` runs it under another command (e.g. prlimit). */
export function startOdibi(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): { child: ChildProcess; done: Promise<Spawned> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return { child, done: collect(child) };
}

/** Collects a child's output until it exits. */
export function collect(child: ChildProcess): Promise<Spawned> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** `odibi <args...>` to its end. */
export function runOdibi(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Spawned> {
  return startOdibi(args, cwd, env).done;
}
