/**
 * Runs a function and returns its error message as data, so a check can
 * expect an error. Returns `{ error }` when it threw, `{ returned }` otherwise.
 *
 * @example
 * ```ts
 * import { captureError } from 'odibi-ts/dist/src/grading/capture-error.js';
 * captureError(() => { throw new Error('cycle: a -> b -> a'); }); // { error: 'cycle: a -> b -> a' }
 * ```
 */
export function captureError(fn: () => unknown): { error: string } | { returned: unknown } {
  try {
    return { returned: fn() };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
