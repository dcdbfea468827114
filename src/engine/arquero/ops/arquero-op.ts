/**
 * The shape of one operation's Arquero implementation: it gets the input
 * table, params already validated against the operation's schema, and the
 * other tables (joins, unions). Expressions in params have been checked.
 */
import type { ColumnTable } from 'arquero';
import type { ReadonlyTables } from '../../engine.js';

export interface ArqueroOpContext {
  tables: ReadonlyTables<ColumnTable>;
}

export type ArqueroOp<P> = (table: ColumnTable, params: P, ctx: ArqueroOpContext) => ColumnTable;
