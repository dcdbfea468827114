/**
 * Runs one node to its end: attempts (each with the node's timeout),
 * retries with backoff for errors that may pass, then registers the output
 * table in the context. Never throws for a node failure: the failure is in
 * the returned result, as data.
 *
 * @example
 * ```ts
 * import { Context, ArqueroEngine, MemoryConnection } from 'odibi-ts';
 * import { seededRandom } from 'odibi-ts/dist/src/clock/seeded-random.js';
 * import { runNode } from 'odibi-ts/dist/src/node/run-node.js';
 * import { systemClock } from 'odibi-ts/dist/src/clock/system-clock.js';
 * import * as aq from 'arquero';
 * const engine = new ArqueroEngine();
 * const context = new Context(engine);
 * context.register('orders', aq.table({ amount: [5, 50] }));
 * const node = { name: 'big', dependsOn: ['orders'], tags: [], cache: false,
 *   steps: [{ kind: 'operation' as const, operation: 'filter', params: { expr: 'd => d.amount > 10' } }],
 *   retry: { maxAttempts: 1, backoff: 'constant' as const, initialDelayMs: 0, maxDelayMs: 0, jitter: false } };
 * const { result } = await runNode(node, { pipeline: 'demo', engine, context, connections: {}, functions: new Map(),
 *   clock: systemClock, random: seededRandom(1), maxSampleRows: 5, origin: systemClock.monotonic(), layer: 0 });
 * result.status; // 'success'
 * ```
 */
import type { NodeConfig } from '../config/types.js';
import type { RemoteTableFacts } from '../executor/executor.js';
import type { AttemptRecord, NodeResult, NodeStatus } from '../results/types.js';
import { makeInjector, type Injector } from './injection.js';
import { isRetryable } from './is-retryable.js';
import { jsonSafeRow } from './json-safe-row.js';
import { emptyNodeResult } from './node-result.js';
import type { NodeRunEnv } from './node-run-env.js';
import { retryDelay } from './retry-delay.js';
import { runAttempt, type AttemptProgress } from './run-attempt.js';
import { toErrorInfo } from './to-error-info.js';
import { withTimeout } from './with-timeout.js';

export interface NodeRun<T> {
  result: NodeResult;
  /** The output table, when the node succeeded. */
  table?: T;
}

export async function runNode<T>(node: NodeConfig, env: NodeRunEnv<T>): Promise<NodeRun<T>> {
  const { clock } = env;
  const result = emptyNodeResult(node, 'failed', env.layer);
  const t0 = clock.monotonic();
  result.start = clock.now().toISOString();
  result.startOffsetMs = t0 - env.origin;
  const injector = env.remote ? undefined : makeInjector(node.name, env.injection);
  for (let attempt = 1; ; attempt++) {
    const progress: AttemptProgress = { phase: 'inject', steps: [], validation: [] };
    const outcome = await tryAttempt(node, env, attempt, progress, injector);
    result.attempts.push(outcome.record);
    copyProgress(result, progress);
    if (outcome.ok === true) {
      finish(result, env, t0, 'success');
      if ('facts' in outcome) return { result: describeRemote(result, outcome.facts) };
      env.context.register(node.name, outcome.table);
      describeTable(result, env, outcome.table);
      return { result, table: outcome.table };
    }
    const error = outcome.record.error!;
    const again = attempt < node.retry.maxAttempts && isRetryable(outcome.error, progress.phase) && !env.signal?.aborted;
    if (again) {
      const delayMs = retryDelay(node.retry, attempt, env.random);
      env.onRetry?.(attempt + 1, delayMs, error);
      if (await slept(env, delayMs)) continue;
    }
    result.error = error;
    finish(result, env, t0, 'failed');
    return { result };
  }
}

type AttemptOutcome<T> =
  | { ok: true; table: T; record: AttemptRecord }
  | { ok: true; facts: RemoteTableFacts; record: AttemptRecord }
  | { ok: false; error: unknown; record: AttemptRecord };

async function tryAttempt<T>(node: NodeConfig, env: NodeRunEnv<T>, attempt: number, progress: AttemptProgress, injector?: Injector): Promise<AttemptOutcome<T>> {
  const a0 = env.clock.monotonic();
  const record: AttemptRecord = { attempt, start: env.clock.now().toISOString(), end: '', startOffsetMs: a0 - env.origin, durationMs: 0 };
  env.onAttempt?.(attempt, a0 - env.origin);
  const close = (): void => {
    record.end = env.clock.now().toISOString();
    record.durationMs = env.clock.monotonic() - a0;
  };
  const limits = {
    timeoutMs: node.timeoutMs, clock: env.clock, attempt, node: node.name, signal: env.signal, unlimitedSignal: env.unlimitedSignal,
    onLate: (late: unknown) => void (record.lateError = toErrorInfo(late)),
  };
  try {
    const { remote } = env;
    if (remote) {
      const facts = await withTimeout((signal) => remote.attempt({ node, attempt, signal, progress, record, injection: env.injection, onWorker: (worker) => env.onWorker?.(attempt, worker) }), limits);
      close();
      return { ok: true, facts, record };
    }
    const table = await withTimeout((signal) => runAttempt(node, env, attempt, signal, progress, injector), limits);
    close();
    return { ok: true, table, record };
  } catch (error) {
    close();
    record.error = toErrorInfo(error);
    return { ok: false, error, record };
  }
}

/** Waits before the next attempt; false when the run was cancelled meanwhile. */
async function slept<T>(env: NodeRunEnv<T>, ms: number): Promise<boolean> {
  try {
    await env.clock.sleep(ms, env.signal);
    return true;
  } catch {
    return false;
  }
}

function copyProgress(result: NodeResult, progress: AttemptProgress): void {
  if (progress.rowsIn !== undefined) result.rowsIn = progress.rowsIn;
  result.steps = progress.steps;
  result.validation = progress.validation;
}

function finish<T>(result: NodeResult, env: NodeRunEnv<T>, t0: number, status: NodeStatus): void {
  result.status = status;
  result.end = env.clock.now().toISOString();
  result.durationMs = env.clock.monotonic() - t0;
}

/** A remote attempt's table stays on the staging area: its facts come with the report. */
function describeRemote(result: NodeResult, facts: RemoteTableFacts): NodeResult {
  result.rowsOut = facts.rowsOut;
  result.schema = facts.schema;
  result.sample = facts.sample;
  result.stagedAt = facts.stagedAt;
  return result;
}

function describeTable<T>(result: NodeResult, env: NodeRunEnv<T>, table: T): void {
  result.rowsOut = env.engine.rowCount(table);
  result.schema = env.engine.schema(table);
  result.sample = env.engine.sample(table, env.maxSampleRows).map(jsonSafeRow);
}
