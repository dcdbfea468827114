/**
 * A column's values in table order, without a copy when the table is
 * neither filtered nor ordered and the column is a plain or typed array
 * (Arquero's `table.array()` always copies: a full pass per column per call).
 * The result must not be modified.
 *
 * @example
 * ```ts
 * import { columnValues } from 'odibi-ts/dist/src/engine/arquero/column-values.js';
 * import * as aq from 'arquero';
 * columnValues(aq.table({ x: [3, 1, 2] }).orderby('x'), 'x'); // [1, 2, 3]
 * ```
 */
import type { ColumnTable } from 'arquero';

export function columnValues(table: ColumnTable, name: string): ArrayLike<unknown> {
  const column = table.column(name) as unknown;
  if (!table.isFiltered() && !table.isOrdered() && (Array.isArray(column) || ArrayBuffer.isView(column))) return column as ArrayLike<unknown>;
  return table.array(name) as ArrayLike<unknown>;
}
