/**
 * `odibi worker <project.yaml> [--redis URL] [--queue NAME] [--concurrency N]
 * [--name NAME]`: runs nodes for schedulers that use the queue executor
 * (`odibi run --executor queue`), on any machine that sees the project and
 * its connections. Prints a line per attempt. SIGTERM or Ctrl-C: takes no
 * new attempts and exits once the running ones end; a second signal stops
 * at once (those attempts are then seen as lost and run again elsewhere).
 *
 * @example
 * ```ts
 * // not run: a worker runs until it is stopped (run it from a terminal)
 * import { runCli } from 'odibi-ts/dist/src/cli/main.js';
 * await runCli(['worker', 'examples/retail/project.yaml', '--redis', 'redis://127.0.0.1:6379', '--concurrency', '2']);
 * ```
 */
import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import { checkMaxConcurrency } from '../../pipeline/check-run-options.js';
import type { CliContext } from '../cli-context.js';
import { loadProjectOrReport } from '../load-project-or-report.js';

interface WorkerCliOptions {
  redis?: string;
  queue?: string;
  concurrency?: number;
  name?: string;
}

/** Adds `odibi worker` to the program. */
export function workerCommand(program: Command, context: CliContext): Command {
  return program
    .command('worker')
    .description('run the nodes that `odibi run --executor queue` sends, until stopped (SIGTERM or Ctrl-C)')
    .argument('<project>', 'the project YAML file (the same the scheduler runs)')
    .option('--redis <url>', 'Redis URL (default: the project\'s executor.redis, else ODIBI_REDIS_URL, else redis://127.0.0.1:6379)')
    .option('--queue <name>', 'queue name (default: the project\'s executor.queue, else odibi)')
    .addOption(new Option('--concurrency <n>', 'attempts at once, each in its own process').default(1).argParser((v) => checkMaxConcurrency(v, '--concurrency')))
    .option('--name <name>', 'how results and logs name this worker (default: host:pid)')
    .action((file: string, options: WorkerCliOptions) => workerAction(file, options, context));
}

async function workerAction(file: string, options: WorkerCliOptions, context: CliContext): Promise<void> {
  if (!loadProjectOrReport(file, context)) return;
  const { startWorker } = await import('../../executor/queue/start-worker.js');
  const worker = await startWorker({ ...options, project: resolve(context.cwd, file), log: (line) => context.stdout.write(`${line}\n`) });
  let signals = 0;
  await new Promise<void>((done) => {
    const stop = (): void => {
      signals += 1;
      void worker.close({ now: signals > 1 }).then(done);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}
