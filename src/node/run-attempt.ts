/**
 * One attempt at a node: input (read, or the first dependency's table) ->
 * transform steps -> validation -> write. A failed validation throws before
 * anything is written. `progress` is filled in as it goes, so a failed
 * attempt still reports the steps it ran and the phase it failed in.
 */
import type { NodeConfig, StepConfig } from '../config/types.js';
import type { Connection } from '../connections/connection.js';
import type { StepContext, ValidationOutcome } from '../engine/engine.js';
import { OdibiError } from '../errors.js';
import type { StepRecord } from '../results/types.js';
import { appendOnce } from './append-once.js';
import { dependencyTables } from './dependency-tables.js';
import type { Injector } from './injection.js';
import type { AttemptPhase } from './is-retryable.js';
import type { NodeRunEnv } from './node-run-env.js';

export interface AttemptProgress {
  phase: AttemptPhase;
  rowsIn?: number;
  steps: StepRecord[];
  validation: ValidationOutcome[];
}

export async function runAttempt<T>(node: NodeConfig, env: NodeRunEnv<T>, attempt: number, signal: AbortSignal, progress: AttemptProgress, injector?: Injector): Promise<T> {
  progress.phase = 'inject';
  if (injector) await injector(attempt, env.clock, signal);
  progress.phase = 'read';
  let table = await inputTable(node, env, signal);
  progress.rowsIn = env.engine.rowCount(table);
  progress.phase = 'step';
  for (let i = 0; i < node.steps.length; i++) table = await runStep(node, env, table, node.steps[i]!, i + 1, signal, progress);
  progress.phase = 'validation';
  if (node.validation) {
    progress.validation = await env.engine.validate(table, node.validation);
    const failed = progress.validation.filter((v) => !v.passed);
    if (failed.length) {
      throw new OdibiError('NODE_VALIDATION', `node "${node.name}": validation failed: ${failed.map((v) => v.message ?? v.rule).join('; ')}`, {
        node: node.name, hint: 'fix the data or relax the rule; nothing was written',
      });
    }
  }
  progress.phase = 'write';
  if (node.write && !env.skipWrite) await writeOutput(node.write, node, env, table, signal);
  return table;
}

/** The node's write; an append with the run's key is made at most once per key (see appendOnce). */
async function writeOutput<T>(write: NonNullable<NodeConfig['write']>, node: NodeConfig, env: NodeRunEnv<T>, table: T, signal: AbortSignal): Promise<void> {
  const target = connection(node, env, write.connection);
  const append = (): Promise<void> => env.engine.write(table, write, target, signal);
  if (env.appendKey !== undefined && write.mode === 'append' && !target.putTable) await appendOnce(env.appendKey, write.path, target, append);
  else await append();
}

async function inputTable<T>(node: NodeConfig, env: NodeRunEnv<T>, signal: AbortSignal): Promise<T> {
  if (node.read) return env.engine.read(node.read, connection(node, env, node.read.connection), signal);
  const first = node.dependsOn[0];
  if (first !== undefined) return env.context.get(first);
  throw new OdibiError('NODE_NO_INPUT', `node "${node.name}" has no input table`, {
    node: node.name, hint: 'add a read, or a dependency whose table the transform uses',
  });
}

function connection<T>(node: NodeConfig, env: NodeRunEnv<T>, name: string): Connection {
  const found = Object.prototype.hasOwnProperty.call(env.connections, name) ? env.connections[name] : undefined;
  if (found) return found;
  throw new OdibiError('CONNECTION_NOT_FOUND', `node "${node.name}": connection "${name}" does not exist; available: ${Object.keys(env.connections).join(', ') || '(none)'}`, {
    node: node.name, hint: 'declare it under `connections:` or pass it in code',
  });
}

async function runStep<T>(node: NodeConfig, env: NodeRunEnv<T>, table: T, step: StepConfig, index: number, signal: AbortSignal, progress: AttemptProgress): Promise<T> {
  const operation = step.kind === 'operation' ? step.operation : step.kind === 'function' ? step.function : 'sql';
  const t0 = env.clock.monotonic();
  const ctx: StepContext<T> = { node: node.name, stepIndex: index, tables: dependencyTables(node.dependsOn, node.name, env.context), functions: env.functions, signal };
  if (node.timeoutMs && env.stepWorkers) ctx.isolation = env.stepWorkers.isolation(node.name, index, env.functions, signal);
  try {
    const out = await env.engine.applyStep(table, step, ctx);
    progress.steps.push({ index, kind: step.kind, operation, params: step.params, durationMs: env.clock.monotonic() - t0, rowsOut: env.engine.rowCount(out) });
    return out;
  } catch (error) {
    throw locateStepError(error, node.name, index, step.kind, operation);
  }
}

/** Adds the step's number and operation to an error that lacks them. */
function locateStepError(error: unknown, node: string, step: number, kind: StepConfig['kind'], operation: string): OdibiError {
  if (error instanceof OdibiError && error.location.step !== undefined) return error;
  const reason = error instanceof Error ? error.message : String(error);
  if (error instanceof OdibiError) {
    return new OdibiError(error.code, error.message, { ...error.location, node, step, operation, hint: error.hint, cause: error });
  }
  if (kind === 'function') {
    return new OdibiError('NODE_FUNCTION', `node "${node}" step ${step}: function "${operation}" threw: ${reason}`, {
      node, step, operation, hint: 'fix the function; the cause has its stack', cause: error,
    });
  }
  return new OdibiError('ENGINE_STEP', `node "${node}" step ${step} (${operation}) failed: ${reason}`, {
    node, step, operation, hint: 'check the step\'s params against the operations reference', cause: error,
  });
}
