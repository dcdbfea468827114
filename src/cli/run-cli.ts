/**
 * Runs the `odibi` command line in-process and returns its exit code
 * (see {@link EXIT_CODES}): 0 success, 1 the input has problems or a run
 * failed, 2 a usage error or an unexpected failure, 3 the project is
 * locked by another run, 4 waiting for that lock timed out. A user error is
 * printed as one `file:line:column code message (hint)` line, never as a
 * stack trace.
 *
 * @example
 * ```ts
 * // not run: the CLI does not load inside the kernel yet (run it from a terminal)
 * import { runCli } from 'odibi-ts/dist/src/cli/main.js';
 * const code = await runCli(['plan', '../test/fixtures/config/course-layers.yaml', '--json']);
 * ```
 */
import { CommanderError } from 'commander';
import { relative } from 'node:path';
import { OdibiError } from '../errors.js';
import { formatProblemLine } from '../config/format-problem-line.js';
import type { CliContext, CliIo } from './cli-context.js';
import { buildProgram } from './build-program.js';
import { COMMANDS, type CommandEntry } from './commands.js';
import { EXIT_CODES, exitCodeOf } from './exit-codes.js';
import { guardedOutput } from './guarded-output.js';

/** Runs `odibi <argv...>`; `io` defaults to the process's streams and folder; `commands` to all of odibi's. */
export async function runCli(argv: readonly string[], io?: CliIo, commands: readonly CommandEntry[] = COMMANDS): Promise<number> {
  // The process's own streams are guarded: a reader that goes away (`| head`) never stops a command.
  const stdout = io?.stdout ?? guardedOutput(process.stdout);
  const stderr = io?.stderr ?? guardedOutput(process.stderr);
  const context: CliContext = { stdout, stderr, cwd: io?.cwd ?? process.cwd(), exitCode: 0 };
  try {
    const program = await buildProgram(argv, context, commands);
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT_CODES.usage;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return context.exitCode;
  } catch (error) {
    return reportError(error, context);
  }
}

function reportError(error: unknown, context: CliContext): number {
  if (error instanceof CommanderError) {
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? EXIT_CODES.success : EXIT_CODES.usage;
  }
  if (error instanceof OdibiError) {
    const file = error.location.file ? relative(context.cwd, error.location.file) || error.location.file : undefined;
    context.stderr.write(`${formatProblemLine({ code: error.code, message: error.message, hint: error.hint, ...error.location, file })}\n`);
    return exitCodeOf(error.code);
  }
  const message = error instanceof Error ? error.message : String(error);
  context.stderr.write(`odibi: unexpected error: ${message.split('\n')[0]} (please report it with the command you ran)\n`);
  return EXIT_CODES.usage;
}
