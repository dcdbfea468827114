/**
 * How the Arquero engine turns bytes into a table and back, for one file
 * format. `where` names the file in error messages.
 */
import type { ColumnTable } from 'arquero';

export interface TableFormat {
  decode(bytes: Uint8Array, options: Record<string, unknown>, where: string): ColumnTable | Promise<ColumnTable>;
  encode(table: ColumnTable, options: Record<string, unknown>): Uint8Array | string | Promise<Uint8Array | string>;
}
