/**
 * Loads an Arquero table into DuckDB as table `name`, through a temporary
 * Parquet file in `folder` (removed afterwards). Parquet is built into
 * DuckDB, so no extension is downloaded. Internal.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ColumnTable } from 'arquero';
import { parquetFormat } from '../arquero/formats/parquet-format.js';
import { quoteIdentifier } from './quote-identifier.js';
import { sqlString } from './sql-string.js';

export async function loadArqueroTable(connection: DuckDBConnection, name: string, table: ColumnTable, folder: string, kind: 'TABLE' | 'VIEW' = 'TABLE'): Promise<void> {
  if (table.numCols() === 0) {
    await connection.run(`CREATE OR REPLACE ${kind} ${quoteIdentifier(name)} AS SELECT * FROM (SELECT 1) WHERE false`);
    return;
  }
  const file = join(folder, `${name.replace(/[^\w]/g, '_')}-${table.numRows()}.parquet`);
  await writeFile(file, parquetFormat.encode(table, {}) as Uint8Array);
  try {
    await connection.run(`CREATE OR REPLACE ${kind} ${quoteIdentifier(name)} AS SELECT * FROM read_parquet(${sqlString(file)})`);
  } finally {
    if (kind === 'TABLE') await rm(file, { force: true });
  }
}
