/**
 * Decides whether a failed attempt may be retried. Only errors that can
 * pass on their own are: reading, writing, a function step, a timeout, an
 * injected failure, a lost worker. Configuration, validation, operation-step and
 * path-safety errors are never retried: the next attempt would fail the same way.
 *
 * @example
 * ```ts
 * import { OdibiError } from 'odibi-ts';
 * import { isRetryable } from 'odibi-ts/dist/src/node/is-retryable.js';
 * isRetryable(new OdibiError('NODE_TIMEOUT', 'attempt 1 timed out after 50 ms'), 'step'); // true
 * isRetryable(new OdibiError('NODE_VALIDATION', 'validation failed: not_empty'), 'validation'); // false
 * ```
 */
import { OdibiError } from '../errors.js';

/** The part of an attempt an error came from. */
export type AttemptPhase = 'inject' | 'read' | 'step' | 'validation' | 'write';

const ALWAYS = new Set(['NODE_TIMEOUT', 'NODE_FUNCTION', 'NODE_INJECTED', 'WORKER_LOST']);
const NEVER = new Set([
  'NODE_VALIDATION', 'NODE_ABORTED', 'NODE_NO_INPUT', 'CONNECTION_PATH_ESCAPE', 'CONNECTION_NOT_FOUND',
  'CONNECTION_EXISTS', 'EXECUTOR_REDIS_LOST', 'WORKER_PROJECT_VERSION', 'WORKER_RUN_GONE', 'ENGINE_UNSUPPORTED', 'ENGINE_UNKNOWN', 'ENGINE_UNKNOWN_TABLE', 'ENGINE_UNKNOWN_COLUMN',
]);

export function isRetryable(error: unknown, phase: AttemptPhase): boolean {
  const code = error instanceof OdibiError ? error.code : undefined;
  if (code && ALWAYS.has(code)) return true;
  if (code && (NEVER.has(code) || code.startsWith('CONFIG_') || code.startsWith('GRAPH_'))) return false;
  return phase === 'read' || phase === 'write';
}
