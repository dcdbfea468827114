/**
 * Loads an Arquero table into DuckDB as table `name`, through a temporary
 * Parquet file in a fresh folder under `scratch` (the engine's scratch
 * folder, one its locked-down database may read), removed afterwards.
 * Parquet is built into DuckDB, so no extension is downloaded. Internal.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ColumnTable } from 'arquero';
import { parquetFormat } from '../arquero/formats/parquet-format.js';
import { quoteIdentifier } from './quote-identifier.js';
import { sqlString } from './sql-string.js';

export async function loadArqueroTable(connection: DuckDBConnection, name: string, table: ColumnTable, scratch: string): Promise<void> {
  if (table.numCols() === 0) {
    await connection.run(`CREATE OR REPLACE TABLE ${quoteIdentifier(name)} AS SELECT * FROM (SELECT 1) WHERE false`);
    return;
  }
  await mkdir(scratch, { recursive: true });
  const folder = await mkdtemp(join(scratch, 'load-'));
  const file = join(folder, 'table.parquet');
  try {
    await writeFile(file, parquetFormat.encode(table, {}) as Uint8Array);
    await connection.run(`CREATE OR REPLACE TABLE ${quoteIdentifier(name)} AS SELECT * FROM read_parquet(${sqlString(file)})`);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
