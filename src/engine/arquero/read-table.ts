/**
 * Reads one table through a connection: a connection that holds tables
 * (memory) hands the table over as it is; otherwise the bytes are decoded
 * in the configured format.
 *
 * @example
 * ```ts
 * import { MemoryConnection } from 'odibi-ts';
 * import { readTable } from 'odibi-ts/dist/src/engine/arquero/read-table.js';
 * const memory = new MemoryConnection('mem');
 * await memory.writeBytes('orders.csv', 'id,amount\n1,9.5\n');
 * const orders = await readTable({ connection: 'mem', path: 'orders.csv', format: 'csv', options: {} }, memory);
 * orders.numRows(); // 1
 * ```
 */
import type { ColumnTable } from 'arquero';
import type { ReadConfig } from '../../config/types.js';
import type { Connection } from '../../connections/connection.js';
import { OdibiError } from '../../errors.js';
import { tableFormat } from './formats/table-formats.js';

export async function readTable(read: ReadConfig, connection: Connection, signal?: AbortSignal): Promise<ColumnTable> {
  signal?.throwIfAborted();
  const held = connection.getTable?.(read.path);
  if (held) return held;
  const format = tableFormat(read.format);
  const bytes = await connection.readBytes(read.path);
  signal?.throwIfAborted();
  const where = connection.describe(read.path);
  try {
    return await format.decode(bytes, read.options ?? {}, where);
  } catch (error) {
    if (error instanceof OdibiError) throw error;
    throw new OdibiError('ENGINE_READ', `cannot read ${where} as ${read.format}: ${(error as Error).message}`, {
      hint: "check the file's format and contents",
      cause: error,
    });
  }
}
