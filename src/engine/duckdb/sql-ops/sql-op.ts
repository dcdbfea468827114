/**
 * The shape shared by the operations' SQL builders: each takes the step's
 * input table (inside DuckDB), its parsed params and what it may look up,
 * and returns one SELECT with the values its `$name`s bind, or undefined
 * when the step does not translate exactly (the engine then runs it on
 * Arquero). Tables are read in their row order through DuckDB's `rowid`,
 * so steps that depend on order (dedupe keeping the first row, join,
 * union, aggregate group order) give Arquero's order. Internal.
 */
import type { DuckDbTable } from '../duckdb-table.js';
import type { SqlParams } from '../to-duckdb-params.js';

/** A SELECT over the step's input table, with the values its `$name`s bind. */
export interface OperationSql {
  sql: string;
  params: SqlParams;
}

/** What a builder may look up besides its input table. */
export interface OperationSqlContext {
  /** Other nodes' tables inside DuckDB (for join and union). */
  tables: ReadonlyMap<string, DuckDbTable>;
  /** The distinct non-missing values of a column (pivot's new column names). */
  distinctValues(table: DuckDbTable, column: string): Promise<unknown[]>;
  /** Rows with no value in each of these columns (whether a cell can be missing changes the SQL); without it, every column may be missing. */
  nullCounts?(table: DuckDbTable, columns: readonly string[]): Promise<Record<string, number>>;
}

export type SqlOp<P> = (table: DuckDbTable, params: P, ctx: OperationSqlContext) => OperationSql | undefined | Promise<OperationSql | undefined>;

/** A statement without parameters. */
export function plain(sql: string): OperationSql {
  return { sql, params: {} };
}

/** Whether the table has the column (an own key of its schema). */
export function hasColumn(table: DuckDbTable, column: string): boolean {
  return Object.prototype.hasOwnProperty.call(table.schema, column);
}
