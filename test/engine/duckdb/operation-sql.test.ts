import { test } from 'node:test';
import assert from 'node:assert/strict';
import { operationSql } from '../../../src/engine/duckdb/operation-sql.js';
import type { DuckDbTable } from '../../../src/engine/duckdb/duckdb-table.js';

const table: DuckDbTable = { name: 't1', schema: { id: 'number', amount: 'number', region: 'string' }, rows: 0, bytes: 0, sample: [], nulls: {}, distinct: {} };

test('select, drop, rename and limit become SELECTs over the table', () => {
  assert.equal(operationSql(table, 'select', { columns: ['amount', 'id'] })?.sql, 'SELECT "amount", "id" FROM "t1"');
  assert.equal(operationSql(table, 'drop', { columns: ['region'] })?.sql, 'SELECT "id", "amount" FROM "t1"');
  assert.equal(operationSql(table, 'rename', { columns: { region: 'area' } })?.sql, 'SELECT "id", "amount", "region" AS "area" FROM "t1"');
  assert.equal(operationSql(table, 'limit', { n: 2 })?.sql, 'SELECT * FROM "t1" LIMIT 2 OFFSET 0');
});

test('a filter translates to WHERE, params bound, null comparisons as IS [NOT] DISTINCT FROM', () => {
  const out = operationSql(table, 'filter', { expr: "(d, $) => d.amount !== null && d.amount > $.min || !(op.lower(d.region) === 'x')", vars: { min: 3 } });
  assert.deepEqual(out, {
    sql: `SELECT * FROM "t1" WHERE ((("amount" IS DISTINCT FROM NULL) AND ("amount" > $min)) OR (NOT (lower("region") IS NOT DISTINCT FROM 'x')))`,
    params: { min: 3 },
  });
});

test('anything else is left to Arquero: other operations, untranslated functions, unknown columns', () => {
  assert.equal(operationSql(table, 'aggregate', { group_by: ['region'], aggregates: { n: 'd => op.count()' } }), undefined);
  assert.equal(operationSql(table, 'filter', { expr: "d => op.startswith(d.region, 'n')" }), undefined);
  assert.equal(operationSql(table, 'select', { columns: ['amout'] }), undefined);
  assert.equal(operationSql(table, 'filter', { expr: 'd => d.amout > 1' }), undefined);
});
