/**
 * Reads what a DuckDbTable carries from a table in DuckDB: one query for
 * the row count and per-column null and distinct counts, the schema, a
 * sample, and (for tables up to `eagerRows` rows) a full Arquero copy.
 * A reserved or repeated column name (from a file, or an SQL alias) is
 * ENGINE_BAD_DATA, as on the Arquero engine. Internal.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ColumnTable } from 'arquero';
import { checkColumnNames } from '../../operations/check-column-names.js';
import type { Row, TableSchema } from '../engine.js';
import { duckDbReaderToArquero } from './duckdb-reader-to-arquero.js';
import type { DuckDbTable } from './duckdb-table.js';
import { duckDbTypeName } from './duckdb-type-name.js';
import { quoteIdentifier as q } from './quote-identifier.js';

const SAMPLE_ROWS = 20;

export async function describeTable(connection: DuckDBConnection, name: string, eagerRows: number): Promise<DuckDbTable> {
  const head = await connection.runAndReadAll(`SELECT * FROM ${q(name)} LIMIT 0`);
  const columns = head.columnNames();
  checkColumnNames(columns, 'the table'); // before any object is keyed by them
  const schema: TableSchema = {};
  columns.forEach((c, i) => (schema[c] = duckDbTypeName(head.columnTypes()[i]!.toString())));
  const counts = columns.flatMap((c) => [`count(${q(c)})`, `count(DISTINCT ${q(c)})`]);
  const stats = (await connection.runAndReadAll(`SELECT ${['count(*)', ...counts].join(', ')} FROM ${q(name)}`)).getRows()[0] ?? [];
  const rows = Number(stats[0] ?? 0);
  const nulls: Record<string, number> = {};
  const distinct: Record<string, number> = {};
  columns.forEach((c, i) => {
    nulls[c] = rows - Number(stats[1 + 2 * i]);
    distinct[c] = Number(stats[2 + 2 * i]) + (nulls[c]! > 0 ? 1 : 0);
  });
  const limit = rows <= eagerRows ? '' : ` LIMIT ${SAMPLE_ROWS}`;
  const data: ColumnTable = duckDbReaderToArquero(await connection.runAndReadAll(`SELECT * FROM ${q(name)}${limit}`));
  const sample = data.objects({ limit: SAMPLE_ROWS }) as Row[];
  const bytes = Object.values(schema).reduce((sum, type) => sum + (type === 'string' || type === 'object' ? 24 : 8), 0) * rows;
  const base = { name, schema, rows, bytes, sample, nulls, distinct };
  return rows <= eagerRows ? { ...base, arquero: data } : base;
}
