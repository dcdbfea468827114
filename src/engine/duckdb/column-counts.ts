/**
 * Counts over a DuckDB table's columns, in one query and only for the
 * columns asked: missing values (`nulls`) and distinct values (`distinct`,
 * exact `count(DISTINCT)`, a missing value counting as one). Validation asks
 * for the columns of its `no_nulls` and `unique` rules, the SQL translation
 * for the columns its expressions read; nothing is counted otherwise, so a
 * table nobody validates costs no pass over its values. Internal.
 *
 * @example
 * ```ts
 * import { DuckDBInstance } from '@duckdb/node-api';
 * import { columnCounts } from 'odibi-ts/dist/src/engine/duckdb/column-counts.js';
 * const instance = await DuckDBInstance.create(':memory:');
 * const connection = await instance.connect();
 * await connection.run('CREATE TABLE t1 AS SELECT * FROM (VALUES (1, NULL), (2, 5), (2, 5)) v(id, score)');
 * const counts = await columnCounts(connection, 't1', { nulls: ['score'], distinct: ['id'] });
 * counts.nulls.score; // 1
 * counts.distinct.id; // 2
 * connection.closeSync();
 * instance.closeSync();
 * ```
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { quoteIdentifier as q } from './quote-identifier.js';

export interface ColumnCounts {
  nulls: Record<string, number>;
  distinct: Record<string, number>;
}

export async function columnCounts(connection: DuckDBConnection, table: string, asked: { nulls?: readonly string[]; distinct?: readonly string[] }): Promise<ColumnCounts> {
  const distinct = [...new Set(asked.distinct ?? [])];
  const nulls = [...new Set([...(asked.nulls ?? []), ...distinct])];
  const counts: ColumnCounts = { nulls: {}, distinct: {} };
  if (nulls.length === 0) return counts;
  const terms = ['count(*)', ...nulls.map((c) => `count(${q(c)})`), ...distinct.map((c) => `count(DISTINCT ${q(c)})`)];
  const row = (await connection.runAndReadAll(`SELECT ${terms.join(', ')} FROM ${q(table)}`)).getRows()[0] ?? [];
  const rows = Number(row[0] ?? 0);
  nulls.forEach((c, i) => (counts.nulls[c] = rows - Number(row[1 + i] ?? 0)));
  distinct.forEach((c, i) => (counts.distinct[c] = Number(row[1 + nulls.length + i] ?? 0) + (counts.nulls[c]! > 0 ? 1 : 0)));
  return counts;
}
