/**
 * The real clock: wall time from `Date`, durations from `performance.now()`,
 * sleeps from `setTimeout`. The runner uses it unless another clock is passed in.
 *
 * @example
 * ```ts
 * import { systemClock } from 'odibi-ts/dist/src/clock/system-clock.js';
 * const t0 = systemClock.monotonic();
 * await systemClock.sleep(10);
 * systemClock.monotonic() - t0; // about 10
 * ```
 */
import type { Clock } from '../clock.js';

/** Sleeps on a real timer; rejects with the signal's reason when aborted. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The system clock. */
export const systemClock: Clock = {
  now: () => new Date(),
  monotonic: () => performance.now(),
  sleep,
};
