/**
 * `odibi staging <project.yaml> [--clean] [--redis URL] [--queue NAME]`:
 * lists the runs that have tables in the queue executor's staging area,
 * each alive (its scheduler is running) or not; `--clean` removes the
 * folders of the runs that are not (the next run of the project removes
 * them too).
 *
 * @example
 * ```ts
 * // not run: needs Redis (run it from a terminal)
 * import { runCli } from 'odibi-ts/dist/src/cli/main.js';
 * await runCli(['staging', 'examples/retail/project.yaml', '--clean']);
 * ```
 */
import type { Command } from 'commander';
import { queueSettings } from '../../executor/queue/queue-settings.js';
import type { CliContext } from '../cli-context.js';
import { loadProjectOrReport } from '../load-project-or-report.js';

interface StagingCliOptions {
  clean?: boolean;
  redis?: string;
  queue?: string;
}

/** Adds `odibi staging` to the program. */
export function stagingCommand(program: Command, context: CliContext): Command {
  return program
    .command('staging')
    .description("list the runs with tables in the queue executor's staging area; --clean removes those no longer alive")
    .argument('<project>', 'the project YAML file')
    .option('--clean', 'remove the staged tables of runs that are no longer alive')
    .option('--redis <url>', "Redis URL (default: the project's executor.redis, else ODIBI_REDIS_URL, else redis://127.0.0.1:6379)")
    .option('--queue <name>', "queue name (default: the project's executor.queue, else odibi)")
    .action((file: string, options: StagingCliOptions) => stagingAction(file, options, context));
}

async function stagingAction(file: string, options: StagingCliOptions, context: CliContext): Promise<void> {
  const project = loadProjectOrReport(file, context);
  if (!project) return;
  const settings = queueSettings(project, { redis: options.redis, queue: options.queue });
  const { stagedRuns } = await import('../../executor/queue/staged-runs.js');
  const runs = await stagedRuns(project, settings, options.clean ?? false);
  if (runs.length === 0) context.stdout.write(`no staged tables in ${settings.staging.connection ?? settings.staging.path}\n`);
  for (const run of runs) {
    const state = run.alive ? 'alive' : options.clean ? 'not alive: removed' : 'not alive';
    context.stdout.write(`${run.runId}  ${run.files} table${run.files === 1 ? '' : 's'}  ${state}\n`);
  }
}
