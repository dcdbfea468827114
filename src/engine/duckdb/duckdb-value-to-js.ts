/**
 * One DuckDB value -> a plain JavaScript value, the way both engines agree
 * on: BIGINT (and other 64-bit or wider integers) -> number, an error beyond
 * 2^53; DATE -> ISO string `YYYY-MM-DD`; DECIMAL -> number; TIMESTAMP ->
 * Date; other value objects (lists, structs, intervals...) -> their text.
 *
 * @example
 * ```ts
 * import { duckDbValueToJs } from 'odibi-ts';
 * duckDbValueToJs(42n); // 42
 * ```
 */
import { DuckDBDateValue, DuckDBDecimalValue, DuckDBTimestampTZValue, DuckDBTimestampValue } from '@duckdb/node-api';
import { OdibiError } from '../../errors.js';

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

export function duckDbValueToJs(value: unknown, column = '?'): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return bigintToNumber(value, column);
  if (typeof value !== 'object') return value;
  if (value instanceof DuckDBDateValue) return value.toString();
  if (value instanceof DuckDBDecimalValue) return value.toDouble();
  if (value instanceof DuckDBTimestampValue || value instanceof DuckDBTimestampTZValue) return new Date(Number(value.micros / 1000n));
  return String(value);
}

function bigintToNumber(value: bigint, column: string): number {
  if (value > MAX || value < -MAX) {
    throw new OdibiError('ENGINE_BAD_DATA', `column "${column}" holds ${value}, beyond the integers a JavaScript number represents exactly (2^53)`, {
      hint: 'cast the column to DOUBLE or VARCHAR in SQL before it leaves DuckDB',
    });
  }
  return Number(value);
}
