/**
 * A fully read DuckDB result -> an Arquero table, converting every value
 * with `duckDbValueToJs` (BigInt -> number, DATE -> ISO string, DECIMAL ->
 * number). A reserved or repeated column name (`SELECT 1 AS "toString"`)
 * is ENGINE_BAD_DATA. Internal.
 */
import type { DuckDBResultReader } from '@duckdb/node-api';
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { checkColumnNames } from '../../operations/check-column-names.js';
import { duckDbValueToJs } from './duckdb-value-to-js.js';

export function duckDbReaderToArquero(reader: DuckDBResultReader): ColumnTable {
  const names = reader.columnNames();
  checkColumnNames(names, 'the result');
  const columns = reader.getColumns();
  return aq.table(new Map(names.map((name, i) => [name, (columns[i] ?? []).map((value) => duckDbValueToJs(value, name))])));
}
