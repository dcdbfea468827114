/**
 * DuckDB reading and writing local csv and parquet files itself. A CSV
 * file's header is checked first, as the Arquero engine checks it (no name
 * twice, no member of every JavaScript object); when DuckDB cannot read a
 * CSV file, the Arquero engine's reader says why (the ragged line, the open
 * quote), so both engines fail a bad file the same way. Writes go to a
 * temporary file next to the target and are renamed into place, so a failed
 * write leaves the previous file intact. Internal.
 */
import { open as openFile, mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ReadConfig, WriteConfig } from '../../config/types.js';
import type { Connection } from '../../connections/connection.js';
import { OdibiError } from '../../errors.js';
import { checkColumnNames } from '../../operations/check-column-names.js';
import { csvFormat, headerNames } from '../arquero/formats/csv-format.js';
import { decodeText } from '../arquero/formats/decode-text.js';
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
  if (read.format === 'csv') await checkCsvHead(await head(file), where);
  try {
    await db.run(`CREATE TABLE ${q(name)} AS SELECT * FROM ${NATIVE_READERS[read.format]!(file)}`);
  } catch (error) {
    if (read.format === 'csv') await csvFormat.decode(await connection.readBytes(read.path), {}, where); // throws the reason, when it finds one
    throw new OdibiError('ENGINE_BAD_DATA', `cannot read ${where} as ${read.format}: ${(error as Error).message.split('\n')[0]}`, { hint: "check the file's format and contents", cause: error });
  }
  try {
    checkColumnNames((await db.runAndReadAll(`SELECT * FROM ${q(name)} LIMIT 0`)).columnNames(), where); // a Parquet file's names
  } catch (error) {
    await db.run(`DROP TABLE ${q(name)}`);
    throw error;
  }
}

/** What the Arquero engine checks before the rows: the file is not empty, the header names no column twice and no reserved name. */
async function checkCsvHead(bytes: Uint8Array, where: string): Promise<void> {
  const text = decodeText(bytes, where);
  if (text.trim() === '') await csvFormat.decode(bytes, {}, where); // throws: the file is empty
  checkColumnNames(headerNames(text, ','), where);
}

/** The first 64 KiB of a file (enough for a header line), cut at its last complete line. */
async function head(file: string): Promise<Uint8Array> {
  const handle = await openFile(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(new Uint8Array(65_536), 0, 65_536, 0);
    const end = bytesRead < 65_536 ? bytesRead : buffer.lastIndexOf(10, bytesRead - 1) + 1;
    return buffer.subarray(0, end);
  } finally {
    await handle.close();
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
