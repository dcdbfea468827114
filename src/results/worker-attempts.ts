/**
 * Which worker ran what: every attempt of a run grouped by the worker that
 * took it (the queue executor records it on each attempt), each with its
 * outcome. An attempt whose worker died is `lost` (error WORKER_LOST); the
 * node's next attempt then shows up under another worker. Attempts run in
 * the scheduler's own process (no worker recorded) are grouped under
 * {@link IN_PROCESS}. Charts and stories read this, never the runner.
 *
 * @example
 * ```ts
 * import { workerAttempts } from 'odibi-ts/dist/src/results/worker-attempts.js';
 * for (const w of workerAttempts(results.toJSON())) console.log(w.worker, w.attempts.map((a) => `${a.node}#${a.attempt} ${a.outcome}`));
 * ```
 */
import type { PipelineResultsData } from './types.js';

/** How one attempt ended. */
export type AttemptOutcome = 'succeeded' | 'failed' | 'lost';

/** The outcomes in legend order. */
export const ATTEMPT_OUTCOMES: readonly AttemptOutcome[] = ['succeeded', 'failed', 'lost'];

/** The lane of attempts that ran in the scheduler's own process. */
export const IN_PROCESS = 'in process';

/** One attempt, as its worker saw it. */
export interface WorkerAttempt {
  node: string;
  /** 1-based. */
  attempt: number;
  /** Milliseconds since the run started. */
  startOffsetMs: number;
  durationMs: number;
  outcome: AttemptOutcome;
  /** The error's code, for `failed` and `lost`. */
  code?: string;
}

/** A worker and the attempts it took, in the order they started. */
export interface WorkerActivity {
  worker: string;
  attempts: WorkerAttempt[];
  /** Sum of its attempts' durations. */
  busyMs: number;
}

/** Every worker that took an attempt in the run, in order of its first attempt. */
export function workerAttempts(results: PipelineResultsData): WorkerActivity[] {
  const byWorker = new Map<string, WorkerAttempt[]>();
  for (const node of results.nodeResults) {
    for (const a of node.attempts) {
      const outcome: AttemptOutcome = a.error === undefined ? 'succeeded' : a.error.code === 'WORKER_LOST' ? 'lost' : 'failed';
      const attempt: WorkerAttempt = { node: node.name, attempt: a.attempt, startOffsetMs: a.startOffsetMs, durationMs: a.durationMs, outcome };
      if (a.error) attempt.code = a.error.code;
      const worker = a.worker ?? IN_PROCESS;
      byWorker.set(worker, [...(byWorker.get(worker) ?? []), attempt]);
    }
  }
  const all = [...byWorker].map(([worker, attempts]) => ({
    worker,
    attempts: attempts.sort((x, y) => x.startOffsetMs - y.startOffsetMs),
    busyMs: attempts.reduce((sum, a) => sum + a.durationMs, 0),
  }));
  return all.sort((x, y) => (x.attempts[0]?.startOffsetMs ?? 0) - (y.attempts[0]?.startOffsetMs ?? 0) || x.worker.localeCompare(y.worker));
}
