/**
 * Writes one table through a connection, in one of three modes:
 * `overwrite` replaces the target, `error_if_exists` refuses an existing
 * target (CONNECTION_EXISTS), `append` reads the existing target, adds the
 * new rows and rewrites the whole file. Every write is atomic (the
 * connection's `writeBytes`), so a failure never damages the previous file.
 * Appending is not idempotent: each call adds the rows again.
 *
 * @example
 * ```ts
 * import { MemoryConnection } from 'odibi-ts';
 * import { writeTable } from 'odibi-ts/dist/src/engine/arquero/write-table.js';
 * import * as aq from 'arquero';
 * const memory = new MemoryConnection('mem');
 * await writeTable(aq.table({ id: [1] }), { connection: 'mem', path: 'out.csv', format: 'csv', mode: 'append', options: {} }, memory);
 * ```
 */
import type { ColumnTable } from 'arquero';
import type { WriteConfig } from '../../config/types.js';
import type { Connection } from '../../connections/connection.js';
import { OdibiError } from '../../errors.js';
import { tableFormat } from './formats/table-formats.js';
import { readTable } from './read-table.js';

export async function writeTable(table: ColumnTable, write: WriteConfig, connection: Connection, signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted();
  const format = tableFormat(write.format);
  const where = connection.describe(write.path);
  const exists = await connection.exists(write.path);
  if (exists && write.mode === 'error_if_exists') {
    throw new OdibiError('CONNECTION_EXISTS', `${where} already exists and mode is error_if_exists`, {
      hint: 'use mode overwrite or append, or remove the file',
    });
  }
  const output = exists && write.mode === 'append' ? await appended(table, write, connection) : table;
  signal?.throwIfAborted();
  if (connection.putTable) {
    connection.putTable(write.path, output);
    return;
  }
  let bytes: Uint8Array | string;
  try {
    bytes = await format.encode(output, write.options ?? {});
  } catch (error) {
    throw new OdibiError('ENGINE_WRITE', `cannot write ${where} as ${write.format}: ${(error as Error).message}`, {
      hint: "check the table's column types for this format",
      cause: error,
    });
  }
  await connection.writeBytes(write.path, bytes);
}

async function appended(table: ColumnTable, write: WriteConfig, connection: Connection): Promise<ColumnTable> {
  const existing = await readTable({ connection: write.connection, path: write.path, format: write.format, options: write.options ?? {} }, connection);
  const before = existing.columnNames();
  const now = table.columnNames();
  const same = before.length === now.length && before.every((c) => now.includes(c));
  if (!same && existing.numCols() > 0) {
    throw new OdibiError('ENGINE_WRITE', `cannot append to ${connection.describe(write.path)}: its columns (${before.join(', ')}) differ from the table's (${now.join(', ')})`, {
      hint: 'select the same columns before writing, or use mode overwrite',
    });
  }
  return existing.numCols() === 0 ? table : existing.concat(table.select(before));
}
