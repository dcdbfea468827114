/**
 * A reasonable estimate of the memory a table holds, from its column types:
 * 8 bytes per number, date or bigint, 1 per boolean, and for strings and
 * objects the average size of up to 1,000 sampled values (2 bytes per
 * character plus a small overhead).
 *
 * @example
 * ```ts
 * import { approxBytes } from 'odibi-ts/dist/src/engine/arquero/approx-bytes.js';
 * import * as aq from 'arquero';
 * approxBytes(aq.table({ x: [1, 2, 3] })); // 24
 * ```
 */
import type { ColumnTable } from 'arquero';
import type { TableSchema } from '../engine.js';
import { tableSchema } from './table-schema.js';

const FIXED: Record<string, number> = { number: 8, date: 8, bigint: 8, boolean: 1, null: 1 };
const SAMPLE = 1000;
const OVERHEAD = 16;

export function approxBytes(table: ColumnTable, schema: TableSchema = tableSchema(table)): number {
  const rows = table.numRows();
  let total = 0;
  for (const name of table.columnNames()) {
    const type = schema[name]!;
    total += type in FIXED ? FIXED[type] * rows : Math.round(averageSize(table, name, rows) * rows);
  }
  return total;
}

/** Average size of up to SAMPLE evenly spaced values (rows in table order, no copy of the column). */
function averageSize(table: ColumnTable, name: string, rows: number): number {
  const n = Math.min(rows, SAMPLE);
  if (n === 0) return 0;
  let bytes = 0;
  for (let i = 0; i < n; i++) bytes += valueSize(table.get(name, Math.floor((i * rows) / n)));
  return bytes / n;
}

function valueSize(value: unknown): number {
  if (value === null || value === undefined) return 1;
  if (typeof value === 'string') return OVERHEAD + 2 * value.length;
  if (typeof value === 'number' || value instanceof Date || typeof value === 'bigint') return 8;
  if (typeof value === 'boolean') return 1;
  try {
    return OVERHEAD + 2 * (JSON.stringify(value)?.length ?? 0);
  } catch {
    return OVERHEAD;
  }
}
