/**
 * Runs one attempt job on a worker: check the project version, read the
 * dependencies' tables (staged by this run, or the write targets of nodes
 * it did not run), run the attempt as in process (read -> steps ->
 * validation -> write, a keyed append), stage the table, and report its
 * facts. A node failure is a report with `ok: false`, never a throw.
 */
import { systemClock } from '../../clock/system-clock.js';
import { seededRandom } from '../../clock/seeded-random.js';
import type { NodeConfig } from '../../config/types.js';
import { Context } from '../../context/context.js';
import { createEngine } from '../../engine/engine-registry.js';
import type { Engine } from '../../engine/engine.js';
import { OdibiError } from '../../errors.js';
import { makeInjector } from '../../node/injection.js';
import { jsonSafeRow } from '../../node/json-safe-row.js';
import type { NodeRunEnv } from '../../node/node-run-env.js';
import { runAttempt, type AttemptProgress } from '../../node/run-attempt.js';
import { toErrorInfo } from '../../node/to-error-info.js';
import type { AttemptJob, AttemptReport } from './attempt-job.js';
import type { WorkerProject } from './worker-project.js';

/**
 * `pinned`: the version the worker announced when it started; a process that
 * loads the project later (a sandboxed one) and finds it changed refuses too.
 */
export async function runAttemptJob(job: AttemptJob, loaded: WorkerProject, worker: string, signal: AbortSignal, pinned = loaded.version): Promise<AttemptReport> {
  const progress: AttemptProgress = { phase: 'inject', steps: [], validation: [] };
  const report = (error: unknown): AttemptReport => ({ worker, ok: false, error: toErrorInfo(error), ...progressOf(progress) });
  if (job.version !== pinned || loaded.version !== pinned) {
    const changed = loaded.version !== pinned ? ` (its project file changed since it started: restart it)` : '';
    return report(new OdibiError('WORKER_PROJECT_VERSION', `worker ${worker} runs project version ${pinned}, the run sent ${job.version}${changed}: it refuses attempt ${job.attempt} of node "${job.node}"`, {
      node: job.node, hint: 'restart the worker on the current project (odibi worker <project>) and stop workers of the old version',
    }));
  }
  const pipeline = loaded.project.pipelines.find((p) => p.name === job.pipeline);
  const node = pipeline?.nodes.find((n) => n.name === job.node);
  if (!pipeline || !node) return report(new OdibiError('GRAPH_UNKNOWN_NODE', `worker ${worker}: project "${loaded.project.project}" has no node "${job.node}" in pipeline "${job.pipeline}"`, { node: job.node }));
  const engine = createEngine(pipeline.engine);
  try {
    const context = new Context(engine);
    progress.phase = 'read';
    await readInputs(node, pipeline.nodes, job, loaded, engine, context, signal);
    const env: NodeRunEnv<unknown> = {
      pipeline: pipeline.name, engine, connections: loaded.connections, context, functions: loaded.functions,
      clock: systemClock, random: seededRandom(0), maxSampleRows: job.maxSampleRows, origin: systemClock.monotonic(), layer: 0, appendKey: job.appendKey,
    };
    const table = await runAttempt(node, env, job.attempt, signal, progress, makeInjector(node.name, job.injection));
    progress.phase = 'write';
    await stage(engine, table, job, loaded, node.name);
    return {
      worker, ok: true, ...progressOf(progress),
      rowsOut: engine.rowCount(table), schema: engine.schema(table), sample: engine.sample(table, job.maxSampleRows).map(jsonSafeRow),
      stagedAt: loaded.staging.shown(job.output), path: job.output, bytes: engine.approxBytes(table),
    };
  } catch (error) {
    return report(signal.aborted ? cancelled(node.name, worker, signal.reason) : error);
  } finally {
    await engine.close?.();
  }
}

/** Registers each dependency's table: the one this run staged, else the node's write target. */
async function readInputs(node: NodeConfig, nodes: readonly NodeConfig[], job: AttemptJob, loaded: WorkerProject, engine: Engine<unknown>, context: Context<unknown>, signal: AbortSignal): Promise<void> {
  const { staging } = loaded;
  for (const dep of node.dependsOn) {
    const staged = job.inputs[dep];
    if (staged !== undefined) {
      try {
        context.register(dep, await engine.read(staging.readConfig(staged), staging.connection, signal));
      } catch (error) {
        throw new OdibiError('EXECUTOR_STAGING', `staged table ${staging.shown(staged)} of node "${dep}" cannot be read: ${error instanceof Error ? error.message : String(error)}`, {
          node: node.name, hint: 'check that every worker and the scheduler see the staging folder (a shared folder in production)', cause: error,
        });
      }
      continue;
    }
    const write = nodes.find((n) => n.name === dep)?.write;
    const connection = write ? loaded.connections[write.connection] : undefined;
    if (!write || !connection) {
      throw new OdibiError('NODE_NO_INPUT', `node "${node.name}" needs "${dep}", which this run did not stage and which writes nothing`, {
        node: node.name, hint: `select the upstream nodes too (e.g. "+${node.name}") or run them first`,
      });
    }
    context.register(dep, await engine.read({ connection: write.connection, path: write.path, format: write.format, options: write.options }, connection, signal));
  }
}

async function stage(engine: Engine<unknown>, table: unknown, job: AttemptJob, loaded: WorkerProject, node: string): Promise<void> {
  const { staging } = loaded;
  try {
    await engine.write(table, staging.writeConfig(job.output), staging.connection);
  } catch (error) {
    throw new OdibiError('EXECUTOR_STAGING', `staged table ${staging.shown(job.output)} of node "${node}" cannot be written: ${error instanceof Error ? error.message : String(error)}`, {
      node, hint: 'check that the staging folder exists, is writable and has room', cause: error,
    });
  }
}

/** The attempt was cancelled (its timeout, or its run's cancellation), with the scheduler's reason. */
function cancelled(node: string, worker: string, reason: unknown): OdibiError {
  const why = reason instanceof Error ? reason.message : String(reason);
  return new OdibiError('NODE_ABORTED', `node "${node}" was cancelled on worker ${worker}: ${why}`, { node, hint: 'the scheduler cancelled the attempt (a timeout, or the run was cancelled)' });
}

function progressOf(progress: AttemptProgress): Pick<AttemptReport, 'phase' | 'rowsIn' | 'steps' | 'validation'> {
  return { phase: progress.phase, ...(progress.rowsIn !== undefined ? { rowsIn: progress.rowsIn } : {}), steps: progress.steps, validation: progress.validation };
}
