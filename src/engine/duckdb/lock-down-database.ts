/**
 * Closes a DuckDB database to everything but the folders given: it may read
 * and write files in them only, loads and installs no extension, reaches no
 * network (`enable_external_access=false` refuses ATTACH, INSTALL, COPY and
 * readers outside the folders), and its configuration is locked, so no SQL
 * can open it again. The settings are the database's, so one call on any of
 * its connections covers them all; run it before anything else. Internal.
 *
 * @example
 * ```ts
 * // not run: needs a DuckDB connection
 * import { lockDownDatabase } from 'odibi-ts/dist/src/engine/duckdb/lock-down-database.js';
 * await lockDownDatabase(connection, ['/tmp/odibi-sql-x']);
 * ```
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { sep } from 'node:path';
import { sqlString } from './sql-string.js';

export async function lockDownDatabase(connection: DuckDBConnection, folders: readonly string[]): Promise<void> {
  const list = folders.map((folder) => sqlString(folder.endsWith(sep) ? folder : folder + sep)).join(', ');
  await connection.run(`SET allowed_directories = [${list}]`);
  await connection.run('SET autoinstall_known_extensions = false');
  await connection.run('SET autoload_known_extensions = false');
  await connection.run('SET enable_external_access = false');
  await connection.run('SET lock_configuration = true');
}
