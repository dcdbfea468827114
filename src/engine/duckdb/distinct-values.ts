/**
 * The distinct values of a column of a DuckDB table, without missing ones
 * (null, NaN), as JavaScript values (numbers, strings, booleans). Internal.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { duckDbValueToJs } from './duckdb-value-to-js.js';
import { quoteIdentifier as q } from './quote-identifier.js';

export async function distinctValues(connection: DuckDBConnection, table: string, column: string): Promise<unknown[]> {
  const c = q(column);
  const reader = await connection.runAndReadAll(`SELECT DISTINCT ${c} FROM ${q(table)} WHERE ${c} IS NOT NULL`);
  return reader.getRows().map((row) => duckDbValueToJs(row[0], column)).filter((v) => !(typeof v === 'number' && Number.isNaN(v)));
}
