/**
 * The commander program of `odibi`: name, description, output routed to the
 * context's streams, errors returned instead of exiting the process, and the
 * subcommands. Only the requested subcommand is loaded (all of them for help).
 */
import { Command } from 'commander';
import type { CliContext } from './cli-context.js';
import type { CommandEntry } from './commands.js';

/** The program for `argv` (the arguments after `odibi`) with the given commands. */
export async function buildProgram(argv: readonly string[], context: CliContext, commands: readonly CommandEntry[]): Promise<Command> {
  const program = new Command('odibi')
    .description('odibi: declarative data pipelines over Arquero tables')
    .exitOverride()
    .showHelpAfterError('(run `odibi --help` for usage)')
    .configureOutput({ writeOut: (s) => context.stdout.write(s), writeErr: (s) => context.stderr.write(s) });
  const wanted = commands.filter((c) => c.name === argv[0]);
  for (const entry of wanted.length > 0 ? wanted : commands) {
    const command = (await entry.load())(program, context);
    command.exitOverride().configureOutput({ writeOut: (s) => context.stdout.write(s), writeErr: (s) => context.stderr.write(s) });
  }
  return program;
}
