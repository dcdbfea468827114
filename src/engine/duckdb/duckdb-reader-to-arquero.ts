/**
 * A fully read DuckDB result -> an Arquero table, converting every value
 * with `duckDbValueToJs` (BigInt -> number, DATE -> ISO string, DECIMAL ->
 * number). Internal.
 */
import type { DuckDBResultReader } from '@duckdb/node-api';
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { duckDbValueToJs } from './duckdb-value-to-js.js';

export function duckDbReaderToArquero(reader: DuckDBResultReader): ColumnTable {
  const names = reader.columnNames();
  const columns = reader.getColumns();
  const data: Record<string, unknown[]> = {};
  names.forEach((name, i) => {
    data[name] = (columns[i] ?? []).map((value) => duckDbValueToJs(value, name));
  });
  return aq.table(data, names);
}
