/**
 * How the Arquero engine turns bytes into a table and back, for one file
 * format. `where` names the file in error messages.
 *
 * @example
 * ```ts
 * import { tableFormat } from 'odibi-ts/dist/src/engine/arquero/formats/table-formats.js';
 * import * as aq from 'arquero';
 * const csv = tableFormat('csv');
 * const text = await csv.encode(aq.table({ id: [1, 2] }), {});
 * const back = await csv.decode(new TextEncoder().encode(String(text)), {}, 'example.csv');
 * back.numRows(); // 2
 * ```
 */
import type { ColumnTable } from 'arquero';

export interface TableFormat {
  decode(bytes: Uint8Array, options: Record<string, unknown>, where: string): ColumnTable | Promise<ColumnTable>;
  encode(table: ColumnTable, options: Record<string, unknown>): Uint8Array | string | Promise<Uint8Array | string>;
  /**
   * The column names `decode` would give, read from the start of the file
   * without decoding its rows; undefined when they cannot be known that
   * cheaply. A format without it never tells.
   */
  columns?(bytes: Uint8Array, options: Record<string, unknown>, where: string): string[] | undefined;
}
