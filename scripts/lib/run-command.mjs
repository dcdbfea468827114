// Runs a command with inherited output and resolves with its exit code.
import { spawn } from 'node:child_process';

/** Runs `argv` in `cwd`; output goes to this terminal. Resolves with the exit code (1 when it could not start). */
export function runCommand(argv, { cwd, env = process.env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(argv[0], argv.slice(1), { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (error) => {
      console.error(`cannot run ${argv[0]}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
