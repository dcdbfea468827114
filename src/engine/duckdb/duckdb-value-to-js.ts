/**
 * One DuckDB value -> a plain JavaScript value, the way both engines agree
 * on: BIGINT (and other 64-bit or wider integers) -> number, an error beyond
 * 2^53; DATE -> ISO string `YYYY-MM-DD`; DECIMAL -> number; TIMESTAMP ->
 * Date; other value objects (lists, structs, intervals...) -> their text.
 *
 * @example
 * ```ts
 * import { duckDbValueToJs } from 'odibi-ts/dist/src/engine/duckdb/duckdb-value-to-js.js';
 * duckDbValueToJs(42n); // 42
 * ```
 */
import type { DuckDBDateValue, DuckDBDecimalValue, DuckDBTimestampValue } from '@duckdb/node-api';
import { OdibiError } from '../../errors.js';

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * DuckDB's value classes are told apart by their class names, not with
 * `instanceof`: importing the classes would load DuckDB's native library
 * with the module, and it is loaded on first use only (see import-duckdb.ts).
 */
const CONVERT: Record<string, (value: never) => unknown> = {
  DuckDBDateValue: (value: DuckDBDateValue) => value.toString(),
  DuckDBDecimalValue: (value: DuckDBDecimalValue) => value.toDouble(),
  DuckDBTimestampValue: (value: DuckDBTimestampValue) => new Date(Number(value.micros / 1000n)),
  DuckDBTimestampTZValue: (value: DuckDBTimestampValue) => new Date(Number(value.micros / 1000n)),
};

export function duckDbValueToJs(value: unknown, column = '?'): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return bigintToNumber(value, column);
  if (typeof value !== 'object') return value;
  const convert = Object.prototype.hasOwnProperty.call(CONVERT, value.constructor?.name) ? CONVERT[value.constructor.name] : undefined;
  return convert ? convert(value as never) : String(value);
}

function bigintToNumber(value: bigint, column: string): number {
  if (value > MAX || value < -MAX) {
    throw new OdibiError('ENGINE_BAD_DATA', `column "${column}" holds ${value}, beyond the integers a JavaScript number represents exactly (2^53)`, {
      hint: 'cast the column to DOUBLE or VARCHAR in SQL before it leaves DuckDB',
    });
  }
  return Number(value);
}
