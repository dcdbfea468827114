// An in-memory CliIo for running the CLI in-process.
import type { CliIo } from '../../src/cli/cli-context.js';

export function captureIo(cwd?: string): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    ...(cwd ? { cwd } : {}),
    out: () => out,
    err: () => err,
  };
}
