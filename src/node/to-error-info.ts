/**
 * Turns anything thrown into an ErrorInfo (code, message, hint, step,
 * operation), the form results carry. Non-library errors become NODE_FAILED.
 *
 * @example
 * ```ts
 * import { OdibiError } from 'odibi-ts';
 * import { toErrorInfo } from 'odibi-ts/dist/src/node/to-error-info.js';
 * toErrorInfo(new OdibiError('NODE_TIMEOUT', 'attempt 1 timed out after 50 ms'));
 * // { code: 'NODE_TIMEOUT', message: 'attempt 1 timed out after 50 ms', hint: ... }
 * ```
 */
import { OdibiError } from '../errors.js';
import type { ErrorInfo } from '../results/types.js';

export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof OdibiError) {
    const info: ErrorInfo = { code: error.code, message: error.message };
    if (error.hint) info.hint = error.hint;
    if (error.location.step !== undefined) info.step = error.location.step;
    if (error.location.operation !== undefined) info.operation = error.location.operation;
    return info;
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'NODE_FAILED', message, hint: 'see the cause' };
}
