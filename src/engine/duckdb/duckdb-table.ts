/**
 * The DuckDB engine's table handle: a table inside the engine's DuckDB
 * database plus what the runner asks for synchronously (schema, rows, bytes,
 * a sample). Null and distinct counts are not part of it: validation and
 * the SQL translation count what they need, when they need it. Small tables
 * (up to the engine's `eagerRows`) also carry an Arquero copy, so
 * `toArquero` works on them without waiting. Values are immutable once built.
 *
 * @example
 * ```ts
 * import { DuckDbEngine, type DuckDbTable } from 'odibi-ts';
 * import * as aq from 'arquero';
 * const engine = new DuckDbEngine();
 * const t: DuckDbTable = engine.fromArquero(aq.table({ x: [1, 2] }));
 * t.rows; // 2
 * ```
 */
import type { ColumnTable } from 'arquero';
import type { Row, TableSchema } from '../engine.js';

export interface DuckDbTable {
  /** The table's name inside the engine's database (`t1`, `t2`, ...). */
  readonly name: string;
  readonly schema: TableSchema;
  readonly rows: number;
  readonly bytes: number;
  readonly sample: Row[];
  /** Rows with no value, for the columns counted so far (the SQL translation counts the columns its expressions read). */
  readonly nulls?: Readonly<Record<string, number>>;
  /** The whole table as Arquero, when it is small (or not loaded into DuckDB yet). */
  readonly arquero?: ColumnTable;
  /** True while the table lives only in `arquero` (made by `fromArquero`, loaded on first use). */
  readonly pending?: boolean;
  /** Which of the engine's databases holds it (one per open, so a table of a closed database is reloaded from `arquero` or refused). */
  readonly generation?: number;
}
