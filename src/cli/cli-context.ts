/**
 * What a CLI command gets besides its arguments: where to write, the folder
 * relative paths are taken from, and a settable exit code. Passing them in
 * (instead of using `process` directly) lets tests run the CLI in-process.
 *
 * @example
 * ```ts
 * import type { CliIo } from 'odibi-ts/dist/src/cli/cli-context.js';
 * const lines: string[] = [];
 * const io: CliIo = { stdout: { write: (s) => lines.push(s) }, stderr: { write: (s) => lines.push(s) } };
 * ```
 */
import type { Command } from 'commander';

/** Somewhere text goes (process.stdout, or a buffer in tests). */
export interface TextOutput {
  write(text: string): unknown;
}

/** The streams and folder the CLI uses; defaults are the process's own. */
export interface CliIo {
  stdout: TextOutput;
  stderr: TextOutput;
  /** Folder relative paths are resolved against and shown relative to. Default: process.cwd(). */
  cwd?: string;
}

/** The context every command receives: the io, a resolved cwd, and the exit code it may set. */
export interface CliContext {
  readonly stdout: TextOutput;
  readonly stderr: TextOutput;
  readonly cwd: string;
  /** 0 unless a command sets it (1 = the input has problems). */
  exitCode: number;
}

/** Adds one subcommand (with its arguments, options and action) to the program. */
export type CliCommand = (program: Command, context: CliContext) => Command;
