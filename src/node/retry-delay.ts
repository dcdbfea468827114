/**
 * How long to wait before the next attempt. `failed` is the number of
 * attempts that have failed so far (1 before the second attempt).
 * exponential: initial * 2^(failed-1); linear: initial * failed; constant:
 * initial. With jitter the delay is drawn between half and all of it.
 * Never above `maxDelayMs`.
 *
 * @example
 * ```ts
 * import { retryDelay } from 'odibi-ts/dist/src/node/retry-delay.js';
 * const policy = { maxAttempts: 4, backoff: 'exponential', initialDelayMs: 100, maxDelayMs: 250, jitter: false } as const;
 * [1, 2, 3].map((n) => retryDelay(policy, n)); // [100, 200, 250]
 * ```
 */
import type { RetryPolicy } from '../config/types.js';
import type { Random } from '../clock/seeded-random.js';

export function retryDelay(policy: RetryPolicy, failed: number, random?: Random): number {
  const n = Math.max(1, failed);
  const base =
    policy.backoff === 'exponential'
      ? policy.initialDelayMs * 2 ** (n - 1)
      : policy.backoff === 'linear'
        ? policy.initialDelayMs * n
        : policy.initialDelayMs;
  const capped = Math.min(base, policy.maxDelayMs);
  if (!policy.jitter || !random) return Math.round(capped);
  return Math.round(capped * (0.5 + 0.5 * random()));
}
