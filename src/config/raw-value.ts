/**
 * Tolerant readers of the raw (not yet validated) project value, so the
 * cross-reference checks can run on a project whose shape has problems
 * elsewhere and still report everything at once. Internal.
 */

/** Whether `x` is a plain mapping. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** `x` if it is a list, else an empty list. */
export function listOf(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

/** `x` if it is a string, else undefined. */
export function stringOf(x: unknown): string | undefined {
  return typeof x === 'string' ? x : undefined;
}

/** The names (keys) of `x` if it is a mapping, else none. */
export function keysOf(x: unknown): string[] {
  return isRecord(x) ? Object.keys(x) : [];
}
