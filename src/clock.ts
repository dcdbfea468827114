/**
 * Time, injected. The runner never reads the system clock directly, so
 * scheduler, retry and timeout tests run on a virtual clock.
 */
export interface Clock {
  /** Wall-clock time (for ISO timestamps). */
  now(): Date;
  /** Milliseconds from an arbitrary origin, never going backwards (for durations). */
  monotonic(): number;
  /** Resolves after `ms`; rejects with the signal's reason when aborted. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}
