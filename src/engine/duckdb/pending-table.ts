/**
 * A DuckDB table handle on an Arquero table not loaded into DuckDB yet:
 * schema, counts and a sample computed from the Arquero table, which the
 * engine loads (as table `name`) when a step, a write or `load` first
 * needs it. Internal.
 */
import type { ColumnTable } from 'arquero';
import { approxBytes } from '../arquero/approx-bytes.js';
import { tableSchema } from '../arquero/table-schema.js';
import type { Row } from '../engine.js';
import type { DuckDbTable } from './duckdb-table.js';

export function pendingTable(name: string, table: ColumnTable): DuckDbTable {
  const nulls: Record<string, number> = {};
  const distinct: Record<string, number> = {};
  for (const c of table.columnNames()) {
    const values = Array.from(table.array(c) as ArrayLike<unknown>);
    nulls[c] = values.filter((v) => v === null || v === undefined || Number.isNaN(v)).length;
    distinct[c] = new Set(values.map((v) => (v instanceof Date ? v.getTime() : v ?? null))).size;
  }
  const sample = table.objects({ limit: 20 }) as Row[];
  return { name, schema: tableSchema(table), rows: table.numRows(), bytes: approxBytes(table), sample, nulls, distinct, arquero: table, pending: true };
}
