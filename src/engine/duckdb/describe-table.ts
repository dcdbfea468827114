/**
 * Reads what a DuckDbTable carries from a table in DuckDB: the schema, the
 * row count (`count(*)`, which DuckDB answers from its row groups), a
 * sample, and (for tables up to `eagerRows` rows) a full Arquero copy.
 * Nothing else: a pass over every value (null or distinct counts) is left
 * to whoever reads it (validation, the SQL translation). A reserved or
 * repeated column name (from a file, or an SQL alias) is ENGINE_BAD_DATA,
 * as on the Arquero engine. Internal.
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
  const rows = Number((await connection.runAndReadAll(`SELECT count(*) FROM ${q(name)}`)).getRows()[0]?.[0] ?? 0);
  const limit = rows <= eagerRows ? '' : ` LIMIT ${SAMPLE_ROWS}`;
  const data: ColumnTable = duckDbReaderToArquero(await connection.runAndReadAll(`SELECT * FROM ${q(name)}${limit}`));
  const sample = data.objects({ limit: SAMPLE_ROWS }) as Row[];
  const bytes = Object.values(schema).reduce((sum, type) => sum + (type === 'string' || type === 'object' ? 24 : 8), 0) * rows;
  const base = { name, schema, rows, bytes, sample };
  return rows <= eagerRows ? { ...base, arquero: data } : base;
}
