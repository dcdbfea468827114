/**
 * `odibi run <project.yaml> [--pipeline NAME]... [--strategy S]
 * [--max-concurrency N] [--select EXPR] [--fail NODE]... [--keep]
 * [--functions MODULE]... [--resume RESULTS.json] [--json] [--wait [SECONDS]]`:
 * runs the project's pipelines in dependency order, printing a line per node
 * as it ends and a summary per pipeline, while holding the project's lock
 * (see run-lock.ts). Exit 0 when every node succeeded, 1 otherwise (3: the
 * project is locked by another run, 4: `--wait` ran out). The results go,
 * atomically, to `<project folder>/.odibi/last-run/results.json`; after a
 * failed run the exact command that resumes it is printed.
 * `--json` prints only the record of results artifacts by pipeline name.
 *
 * @example
 * ```ts
 * // not run: the CLI does not load inside the kernel yet (run it from a terminal)
 * import { runCli } from 'odibi-ts/dist/src/cli/main.js';
 * const code = await runCli(['run', 'examples/retail/project.yaml', '--pipeline', 'bronze']);
 * ```
 */
import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import { ConfigError } from '../../config/config-error.js';
import { formatProblemLine } from '../../config/format-problem-line.js';
import { EXECUTOR_TYPES, STRATEGIES, type ExecutorConfig, type ExecutorType, type ProjectConfig, type Strategy } from '../../config/types.js';
import { queueSettings } from '../../executor/queue/queue-settings.js';
import { loadFunctions } from '../../manager/load-functions.js';
import { PipelineManager } from '../../manager/pipeline-manager.js';
import { checkMaxConcurrency, checkStrategy } from '../../pipeline/check-run-options.js';
import type { PipelineResults } from '../../results/pipeline-results.js';
import type { PipelineStatus } from '../../results/types.js';
import type { CliContext } from '../cli-context.js';
import { loadProjectOrReport } from '../load-project-or-report.js';
import { runPrinter, shownPath } from './run-printer.js';
import type { RunListener } from '../../pipeline/events.js';
import { runCheckpoint } from './run-checkpoint.js';
import { resumeCommand } from './run-resume-command.js';
import { lastRunPath, readResumeFile, writeResultsFile } from './run-results-file.js';
import { lockProject, waitMs } from './run-lock.js';
import { EXIT_CODES } from '../exit-codes.js';
import type { OdibiError } from '../../errors.js';

interface RunCliOptions {
  pipeline: string[];
  strategy?: Strategy;
  maxConcurrency?: number;
  select?: string;
  fail: string[];
  keep?: boolean;
  functions: string[];
  resume?: string;
  json?: boolean;
  wait?: string | boolean;
  executor?: ExecutorType;
  redis?: string;
  queue?: string;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** Adds `odibi run` to the program. */
export function runCommand(program: Command, context: CliContext): Command {
  return program
    .command('run')
    .description('run the pipelines of a project, in dependency order')
    .argument('<project>', 'the project YAML file')
    .option('--pipeline <name>', 'run only this pipeline (repeatable)', collect)
    // The run's own check reads the values, so a wrong one reads as it would from code.
    .addOption(new Option('--strategy <strategy>', 'when a node may start').choices(STRATEGIES).argParser((v) => checkStrategy(v, '--strategy')))
    .addOption(new Option('--max-concurrency <n>', 'at most n nodes running at once').argParser((v) => checkMaxConcurrency(v, '--max-concurrency')))
    .option('--select <expr>', 'run only these nodes: name, +name, name+, tag:x, comma-separated (one pipeline)')
    .option('--fail <node>', 'make this node fail, to see what happens (repeatable)', collect)
    .option('--keep', 'keep every table in memory until the end of the run')
    .option('--functions <module>', 'also register the functions exported by this module (repeatable)', collect)
    .option('--resume <results.json>', 'run again only what failed or was skipped in these results')
    .option('--json', 'print only the results, as JSON by pipeline name')
    .option('--wait [seconds]', 'when another run holds the project, wait for it (as long as it takes, or SECONDS)')
    .addOption(new Option('--executor <type>', 'where nodes run: in this process, or on `odibi worker` processes through Redis').choices(EXECUTOR_TYPES))
    .option('--redis <url>', 'Redis URL for --executor queue (default: the project\'s executor.redis, else ODIBI_REDIS_URL, else redis://127.0.0.1:6379)')
    .option('--queue <name>', 'queue name for --executor queue (default: the project\'s executor.queue, else odibi)')
    .action((file: string, options: Partial<RunCliOptions>) =>
      runAction(file, { ...options, pipeline: options.pipeline ?? [], fail: options.fail ?? [], functions: options.functions ?? [] }, context));
}

async function runAction(file: string, options: RunCliOptions, context: CliContext): Promise<void> {
  const project = loadProjectOrReport(file, context);
  if (!project) return;
  waitMs(options.wait); // a bad --wait is a usage error before anything else
  const { strategy, maxConcurrency } = options;
  const resultsFile = lastRunPath(project);
  const checkpoint = runCheckpoint(project, resultsFile);
  const manager = await buildManager(project, options, context, checkpoint.listener);
  if (!manager) return;
  const resume = options.resume ? await readResumeFile(resolve(context.cwd, options.resume)) : undefined;
  const inject = Object.fromEntries(options.fail.map((node) => [node, 'fail' as const]));
  const lock = await lockProject(project, file, options, context);
  let record: Record<string, PipelineResults>;
  let saved: OdibiError | undefined;
  try {
    record = await manager.run(options.pipeline.length > 0 ? options.pipeline : undefined, {
      strategy, maxConcurrency, select: options.select, inject, keep: options.keep, resume,
    }).finally(() => checkpoint.stop());
    saved = await writeResultsFile(resultsFile, record).then(() => undefined, (error: OdibiError) => error);
  } finally {
    await lock.release();
  }
  const ok = Object.values(record).every((r) => r.status === 'success');
  report(record, ok, file, options, saved ? undefined : shownPath(resultsFile, context.cwd), context);
  if (!lock.kept) context.stderr.write(`warning: another run took over the lock of ${file} while this one ran (it stopped renewing it for longer than its lease)\n`);
  if (saved) context.stderr.write(`${formatProblemLine({ code: saved.code, message: saved.message, hint: saved.hint })}\n`);
  context.exitCode = ok && !saved ? EXIT_CODES.success : EXIT_CODES.failure;
}

async function buildManager(project: ProjectConfig, options: RunCliOptions, context: CliContext, checkpoint: RunListener): Promise<PipelineManager | undefined> {
  try {
    const functions = await loadFunctions(options.functions.map((m) => resolve(context.cwd, m)));
    const listeners = options.json ? [checkpoint] : [runPrinter(context.stdout, context.cwd), checkpoint];
    return await PipelineManager.fromConfig(project, { functions, listeners, executor: executorOf(project, options) });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) {
      const shown = problem.file ? { ...problem, file: shownPath(problem.file, context.cwd) } : problem;
      (options.json ? context.stderr : context.stdout).write(`${formatProblemLine(shown)}\n`);
    }
    context.exitCode = 1;
    return undefined;
  }
}

/** The executor the options ask for over the project's; `--redis` or `--queue` alone mean the queue. */
function executorOf(project: ProjectConfig, options: RunCliOptions): ExecutorConfig | undefined {
  const wanted = options.executor ?? (options.redis !== undefined || options.queue !== undefined ? 'queue' : project.executor?.type);
  if (wanted === undefined) return undefined;
  if (wanted === 'in_process') return { type: wanted };
  return queueSettings(project, { redis: options.redis, queue: options.queue });
}

/** The summary (or the JSON) and, after a failure, how to resume; `resultsFile` is undefined when it could not be written. */
function report(record: Record<string, PipelineResults>, ok: boolean, file: string, options: RunCliOptions, resultsFile: string | undefined, context: CliContext): void {
  if (options.json) {
    const json = Object.fromEntries(Object.entries(record).map(([name, r]) => [name, r.toJSON()]));
    context.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const runs = Object.values(record);
    const good = runs.filter((r) => r.status === 'success').length;
    const verdict: PipelineStatus = ok ? 'success' : 'failed';
    context.stdout.write(`\n${verdict}: ${good} of ${runs.length} pipeline${runs.length === 1 ? '' : 's'} succeeded; results: ${resultsFile ?? 'not saved'}\n`);
  }
  if (!ok && resultsFile) {
    const out = options.json ? context.stderr : context.stdout;
    out.write(`to resume after fixing the problem, run:\n  ${resumeCommand(file, options, resultsFile)}\n`);
  }
}
