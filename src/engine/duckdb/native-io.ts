/**
 * DuckDB reading and writing local csv, json and parquet files itself.
 * Writes go to a temporary file next to the target and are renamed into
 * place, so a failed write leaves the previous file intact. Internal.
 */
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ReadConfig, WriteConfig } from '../../config/types.js';
import type { Connection } from '../../connections/connection.js';
import { OdibiError } from '../../errors.js';
import { NATIVE_READERS, NATIVE_WRITERS } from './native-format.js';
import { quoteIdentifier as q } from './quote-identifier.js';
import { sqlString } from './sql-string.js';

/** Creates table `name` from the file `read` names. */
export async function readNative(db: DuckDBConnection, name: string, read: ReadConfig, connection: Connection): Promise<void> {
  const where = connection.describe(read.path);
  if (!(await connection.exists(read.path))) {
    throw new OdibiError('CONNECTION_FILE_NOT_FOUND', `${where} does not exist`, { hint: 'check the path, or run the node that writes it first' });
  }
  const file = connection.localPath!(read.path);
  try {
    await db.run(`CREATE TABLE ${q(name)} AS SELECT * FROM ${NATIVE_READERS[read.format]}(${sqlString(file)})`);
  } catch (error) {
    throw new OdibiError('ENGINE_READ', `cannot read ${where} as ${read.format}: ${(error as Error).message.split('\n')[0]}`, { hint: "check the file's format and contents", cause: error });
  }
}

/** Writes table `name` to the file `write` names. */
export async function writeNative(db: DuckDBConnection, name: string, write: WriteConfig, connection: Connection): Promise<void> {
  const file = connection.localPath!(write.path);
  const temporary = `${file}.${name}.tmp`;
  await mkdir(dirname(file), { recursive: true });
  try {
    await db.run(`COPY (SELECT * FROM ${q(name)}) TO ${sqlString(temporary)} (${NATIVE_WRITERS[write.format]})`);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new OdibiError('ENGINE_WRITE', `cannot write ${connection.describe(write.path)} as ${write.format}: ${(error as Error).message.split('\n')[0]}`, { hint: 'check the folder is writable', cause: error });
  }
}
