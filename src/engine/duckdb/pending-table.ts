/**
 * A DuckDB table handle on an Arquero table not loaded into DuckDB yet:
 * schema, row count, size and a sample from the Arquero table, which the
 * engine loads (as table `name`) when a step, a write or `load` first
 * needs it. Internal.
 */
import type { ColumnTable } from 'arquero';
import { approxBytes } from '../arquero/approx-bytes.js';
import { tableSchema } from '../arquero/table-schema.js';
import type { Row } from '../engine.js';
import type { DuckDbTable } from './duckdb-table.js';

export function pendingTable(name: string, table: ColumnTable): DuckDbTable {
  const sample = table.objects({ limit: 20 }) as Row[];
  return { name, schema: tableSchema(table), rows: table.numRows(), bytes: approxBytes(table), sample, arquero: table, pending: true };
}
