/**
 * A retry policy from YAML (`max_attempts`, `backoff`, `initial_delay_ms`,
 * `max_delay_ms`, `jitter`, and the reference's `enabled`) laid over a base
 * policy: the project's over the defaults, a node's over the project's.
 *
 * @example
 * ```ts
 * import { resolveRetry } from 'odibi-ts/dist/src/config/resolve-retry.js';
 * import { DEFAULTS } from 'odibi-ts/dist/src/config/types.js';
 * resolveRetry(DEFAULTS.retry, { max_attempts: 3, backoff: 'linear' }).maxAttempts; // 3
 * ```
 */
import type { RetryPolicy } from './types.js';

/** The YAML form of a retry policy (every key optional). */
export interface RetryInput {
  enabled?: boolean | null;
  max_attempts?: number | null;
  backoff?: RetryPolicy['backoff'] | null;
  initial_delay_ms?: number | null;
  max_delay_ms?: number | null;
  jitter?: boolean | null;
}

/** Attempts `enabled: true` means when no `max_attempts` is given. */
export const ENABLED_RETRY_ATTEMPTS = 3;

/** `input` over `base`; `enabled: false` turns retries off, `enabled: true` alone means 3 attempts. */
export function resolveRetry(base: RetryPolicy, input?: RetryInput | null): RetryPolicy {
  if (!input) return { ...base };
  let maxAttempts = input.max_attempts ?? base.maxAttempts;
  if (input.enabled === false) maxAttempts = 1;
  else if (input.enabled === true && input.max_attempts == null && maxAttempts === 1) maxAttempts = ENABLED_RETRY_ATTEMPTS;
  return {
    maxAttempts,
    backoff: input.backoff ?? base.backoff,
    initialDelayMs: input.initial_delay_ms ?? base.initialDelayMs,
    maxDelayMs: input.max_delay_ms ?? base.maxDelayMs,
    jitter: input.jitter ?? base.jitter,
  };
}
