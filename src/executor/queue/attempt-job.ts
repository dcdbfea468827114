/**
 * What travels through the queue: an attempt job (scheduler -> worker) and
 * its report (worker -> scheduler), plus the Redis names both sides use
 * besides BullMQ's own. Node failures are data in the report; a job fails
 * in BullMQ only when the machinery does (a lost worker, a crashed process).
 *
 * @example
 * ```ts
 * import { jobId, runKey } from 'odibi-ts/dist/src/executor/queue/attempt-job.js';
 * jobId({ runId: 'r1', pipeline: 'silver', node: 'clean_orders', attempt: 2 }); // 'r1/silver/clean_orders/2'
 * runKey('odibi', 'r1'); // 'odibi:odibi:run:r1'
 * ```
 */
import type { Row, TableSchema } from '../../engine/engine.js';
import type { Injection } from '../../node/injection.js';
import type { AttemptPhase } from '../../node/is-retryable.js';
import type { ValidationOutcome } from '../../engine/engine.js';
import type { ErrorInfo, StepRecord } from '../../results/types.js';

export interface AttemptJob {
  runId: string;
  /** The scheduler's project version (projectVersion): a worker with another refuses the job. */
  version: string;
  pipeline: string;
  node: string;
  /** 1-based. */
  attempt: number;
  injection?: Injection;
  /** Dependencies this run staged, by node name -> path in the staging area; any other dependency is read from its write target. */
  inputs: Record<string, string>;
  /** Where to stage the node's table. */
  output: string;
  /** Key of the node's append (keyed appends happen at most once). */
  appendKey: string;
  maxSampleRows: number;
}

/** What a worker sends when it starts a job. */
export interface AttemptStarted {
  worker: string;
}

interface ReportBase {
  worker: string;
  phase: AttemptPhase;
  rowsIn?: number;
  steps: StepRecord[];
  validation: ValidationOutcome[];
}

export type AttemptReport =
  | (ReportBase & { ok: true; rowsOut: number; schema: TableSchema; sample: Row[]; stagedAt: string; path: string; bytes: number })
  | (ReportBase & { ok: false; error: ErrorInfo });

/** The BullMQ job id of an attempt: one per run, pipeline, node and attempt (adding it twice adds it once). */
export function jobId(job: Pick<AttemptJob, 'runId' | 'pipeline' | 'node' | 'attempt'>): string {
  return [job.runId, job.pipeline, job.node, String(job.attempt)].map(encodeURIComponent).join('/');
}

/** The key that says a run is alive (its scheduler refreshes it; it expires when the scheduler dies). */
export function runKey(queue: string, runId: string): string {
  return `odibi:${queue}:run:${runId}`;
}

/** The key a worker keeps alive while it runs: its name, project version and concurrency. */
export function workerKey(queue: string, worker: string): string {
  return `odibi:${queue}:worker:${worker}`;
}

/** The channel on which schedulers ask workers to cancel an attempt (`{ jobId, reason }`). */
export function cancelChannel(queue: string): string {
  return `odibi:${queue}:cancel`;
}
