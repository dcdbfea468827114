import type { WorkerActivity, WorkerAttempt } from '../results/worker-attempts.js';
import { formatDuration } from './format-duration.js';

/** One worker of a story's Workers section, as text cells. */
export interface WorkerRow {
  worker: string;
  /** `3 attempts (1 lost), busy 1.2 s` */
  summary: string;
  /** What it ran, in order: `raw_orders`, `clean_orders (attempt 2)`, `customer_orders: lost with its worker`; `ok` false for a lost or failed attempt. */
  ran: { text: string; ok: boolean }[];
}

function describe(a: WorkerAttempt): string {
  const which = a.attempt > 1 ? ` (attempt ${a.attempt})` : '';
  if (a.outcome === 'succeeded') return `${a.node}${which}`;
  const how = a.outcome === 'lost' ? 'lost with its worker' : `failed (${a.code ?? 'error'})`;
  return `${a.node}${which}: ${how}`;
}

/**
 * The rows of a story's Workers section: for each worker, how many attempts
 * it took, how many were lost or failed, how long it was busy, and what it
 * ran, in order.
 *
 * @example
 * ```ts
 * import { workerAttempts } from 'odibi-ts/dist/src/results/worker-attempts.js';
 * import { workerRows } from 'odibi-ts/dist/src/story/worker-rows.js';
 * workerRows(workerAttempts(results.toJSON()))[0]?.summary; // '3 attempts, busy 1.2 s'
 * ```
 */
export function workerRows(workers: readonly WorkerActivity[]): WorkerRow[] {
  return workers.map((w) => {
    const lost = w.attempts.filter((a) => a.outcome === 'lost').length;
    const failed = w.attempts.filter((a) => a.outcome === 'failed').length;
    const notes = [lost ? `${lost} lost` : '', failed ? `${failed} failed` : ''].filter(Boolean).join(', ');
    const count = `${w.attempts.length} attempt${w.attempts.length === 1 ? '' : 's'}${notes ? ` (${notes})` : ''}`;
    return { worker: w.worker, summary: `${count}, busy ${formatDuration(w.busyMs)}`, ran: w.attempts.map((a) => ({ text: describe(a), ok: a.outcome === 'succeeded' })) };
  });
}
