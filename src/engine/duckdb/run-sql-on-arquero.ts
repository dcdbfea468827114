/**
 * Runs an SQL step over Arquero tables: `current` (the step's input) and
 * every visible table the SQL mentions are written as temporary Parquet
 * files, exposed to an in-process DuckDB as views by name, the query runs
 * with its params bound (`$name`), and the result comes back as an Arquero
 * table. The temporary folder is removed afterwards. The database is locked
 * down to that folder before the query is even checked (see
 * {@link lockDownDatabase}), the query must pass {@link checkSqlQuery}, and
 * `place.signal` interrupts it. No extension is downloaded: Parquet is
 * built into DuckDB, which is loaded on the first SQL step, not when the
 * library is imported.
 *
 * @example
 * ```ts
 * import { runSqlOnArquero } from 'odibi-ts/dist/src/engine/duckdb/run-sql-on-arquero.js';
 * import * as aq from 'arquero';
 * const out = await runSqlOnArquero(aq.table({ x: [1, 5] }), new Map(), 'SELECT * FROM current WHERE x > $min', { min: 2 }, { node: 'demo', step: 1 });
 * out.numRows(); // 1
 * ```
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ColumnTable } from 'arquero';
import { parquetFormat } from '../arquero/formats/parquet-format.js';
import { checkSqlQuery } from './check-sql-query.js';
import { duckDbReaderToArquero } from './duckdb-reader-to-arquero.js';
import { importDuckDb } from './import-duckdb.js';
import { interruptOnAbort } from './interrupt-on-abort.js';
import { lockDownDatabase } from './lock-down-database.js';
import { quoteIdentifier } from './quote-identifier.js';
import { refusedSqlError, sqlError } from './sql-error.js';
import { toDuckDbParams, type SqlParams } from './to-duckdb-params.js';

export async function runSqlOnArquero(
  current: ColumnTable,
  tables: ReadonlyMap<string, ColumnTable>,
  sql: string,
  params: Record<string, unknown>,
  place: { node: string; step: number; signal?: AbortSignal },
): Promise<ColumnTable> {
  const visible = new Map<string, ColumnTable>([['current', current], ...tables]);
  const used = [...visible.keys()].filter((name) => mentions(sql, name));
  const where = { node: place.node, step: place.step, tables: [...visible.keys()] };
  const { DuckDBInstance } = await importDuckDb();
  const folder = await mkdtemp(join(tmpdir(), 'odibi-sql-'));
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await lockDownDatabase(connection, [folder]);
    const refusal = await checkSqlQuery(connection, sql, where.tables);
    if (refusal) throw refusedSqlError(refusal, sql, where);
    for (const name of used) {
      const file = join(folder, `${used.indexOf(name)}.parquet`);
      await writeFile(file, parquetFormat.encode(visible.get(name)!, {}) as Uint8Array);
      await connection.run(`CREATE VIEW ${quoteIdentifier(name)} AS SELECT * FROM read_parquet('${file.replace(/'/g, "''")}')`);
    }
    const reader = await interruptOnAbort(connection, place.signal, () => runOrExplain(connection, sql, toDuckDbParams(params), where));
    return duckDbReaderToArquero(reader);
  } finally {
    connection.closeSync();
    instance.closeSync();
    await rm(folder, { recursive: true, force: true });
  }
}

async function runOrExplain(connection: DuckDBConnection, sql: string, params: SqlParams, place: { node: string; step: number; tables: string[] }) {
  try {
    return await connection.runAndReadAll(sql, params);
  } catch (error) {
    throw sqlError(error, place);
  }
}

function mentions(sql: string, name: string): boolean {
  return sql.toLowerCase().includes(name.toLowerCase());
}
