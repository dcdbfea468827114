// Equality of tables across engines: the same column names; values equal after
// BigInt -> number, dates -> ISO strings, undefined -> null; floats within 1e-9
// relative; rows compared as multisets unless `ordered`.
import assert from 'node:assert/strict';
import type { ColumnTable } from 'arquero';

function normalise(value: unknown): unknown {
  if (value === undefined || value === null || (typeof value === 'number' && Number.isNaN(value))) return null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString().replace(/T00:00:00\.000Z$/, '');
  return value;
}

function close(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  return a === b;
}

function rowsOf(table: ColumnTable, columns: string[]): unknown[][] {
  return (table.objects() as Record<string, unknown>[]).map((row) => columns.map((c) => normalise(row[c])));
}

function key(row: unknown[]): string {
  return JSON.stringify(row.map((v) => (typeof v === 'number' ? Number(v.toPrecision(9)) : v)));
}

export function assertTablesEqual(actual: ColumnTable, expected: ColumnTable, { ordered = false, label = '' } = {}): void {
  const columns = expected.columnNames();
  assert.deepEqual(actual.columnNames(), columns, `${label}: column names`);
  let a = rowsOf(actual, columns);
  let e = rowsOf(expected, columns);
  assert.equal(a.length, e.length, `${label}: row count`);
  if (!ordered) {
    a = [...a].sort((x, y) => key(x).localeCompare(key(y)));
    e = [...e].sort((x, y) => key(x).localeCompare(key(y)));
  }
  a.forEach((row, i) => row.forEach((v, j) => assert.ok(close(v, e[i]![j]), `${label}: row ${i}, column "${columns[j]}": ${JSON.stringify(v)} vs ${JSON.stringify(e[i]![j])}`)));
}
