/**
 * One value as text for a table cell: `null` for null and undefined, ISO for
 * dates, JSON for objects and arrays.
 *
 * @example
 * ```ts
 * import { formatCell } from 'odibi-ts/dist/src/story/format-cell.js';
 * formatCell({ a: 1 }); // '{"a":1}'
 * ```
 */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'object') {
    try {
      return JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
    } catch {
      return String(value);
    }
  }
  return String(value);
}
