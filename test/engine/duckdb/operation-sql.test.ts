import { test } from 'node:test';
import assert from 'node:assert/strict';
import { operationSql } from '../../../src/engine/duckdb/operation-sql.js';
import type { DuckDbTable } from '../../../src/engine/duckdb/duckdb-table.js';

const table: DuckDbTable = { name: 't1', schema: { id: 'number', amount: 'number', region: 'string', day: 'date' }, rows: 5, bytes: 0, sample: [], nulls: { id: 0, amount: 1, region: 1, day: 0 } };
const customers: DuckDbTable = { name: 't2', schema: { id: 'number', region: 'string' }, rows: 2, bytes: 0, sample: [], nulls: { id: 0, region: 0 } };
const ctx = { tables: new Map([['customers', customers]]), distinctValues: async () => ['s', 'n'] };
const sqlOf = async (operation: string, params: Record<string, unknown>) => (await operationSql(table, operation, params, ctx))?.sql;

test('select, drop, rename and limit become SELECTs over the table', async () => {
  assert.equal(await sqlOf('select', { columns: ['amount', 'id'] }), 'SELECT "amount", "id" FROM "t1"');
  assert.equal(await sqlOf('drop', { columns: ['region', 'day'] }), 'SELECT "id", "amount" FROM "t1"');
  assert.equal(await sqlOf('rename', { columns: { region: 'area' } }), 'SELECT "id", "amount", "region" AS "area", "day" FROM "t1"');
  assert.equal(await sqlOf('limit', { n: 2 }), 'SELECT * FROM "t1" ORDER BY rowid LIMIT 2 OFFSET 0');
});

test('a filter keeps JavaScript semantics: a missing number is 0 in <, === compares missing values, params bound', async () => {
  const out = await operationSql(table, 'filter', { expr: "(d, $) => d.amount < $.max && !(op.lower(d.region) === 'x')", vars: { max: 3, unused: 1 } });
  assert.deepEqual(out, {
    sql: `SELECT * FROM "t1" WHERE (coalesce(coalesce(CAST("amount" AS DOUBLE), 0) < CAST(CAST($max AS DOUBLE) AS DOUBLE), FALSE) AND (NOT (lower("region") IS NOT DISTINCT FROM 'x')))`,
    params: { max: 3 },
  });
});

test('order-sensitive operations read the table in rowid order', async () => {
  assert.match((await sqlOf('dedupe', { columns: ['region'] }))!, /WHERE rowid IN \(SELECT min\(rowid\) FROM "t1" GROUP BY "region"\) ORDER BY rowid$/);
  assert.match((await sqlOf('orderby', { by: ['region', { column: 'amount', desc: true }] }))!, /ORDER BY "region" ASC NULLS FIRST, "amount" DESC NULLS LAST, rowid$/);
  assert.match((await sqlOf('aggregate', { group_by: ['region'], aggregates: { n: 'op.count()', total: 'd => op.sum(d.amount)' } }))!, /count\(\*\) AS "n", sum\(.*\) AS "total" FROM "t1" GROUP BY "region" ORDER BY min\(rowid\)$/);
});

test('a join names clashing columns with the suffixes and keeps Arquero row order', async () => {
  const sql = await sqlOf('join', { with: 'customers', on: ['id'], how: 'full' });
  assert.match(sql!, /^SELECT coalesce\(l\."id", r\."id"\) AS "id", l\."amount" AS "amount", l\."region" AS "region_1", l\."day" AS "day", r\."region" AS "region_2" FROM "t1" AS l FULL JOIN "t2" AS r ON l\."id" = r\."id"/);
  assert.match(sql!, /ORDER BY CASE WHEN l\.rowid IS NULL THEN 2 WHEN r\.rowid IS NULL THEN 1 ELSE 0 END, l\.rowid, r\.rowid$/);
});

test('a pivot asks for the key values and makes one filtered aggregate per value, sorted as text', async () => {
  const sql = await sqlOf('pivot', { key: 'region', value: 'd => op.sum(d.amount)' });
  assert.match(sql!, /FILTER \(WHERE "region" = 'n'\) AS "n", .*FILTER \(WHERE "region" = 's'\) AS "s" FROM "t1"$/);
});

test('what does not translate exactly is left to Arquero', async () => {
  assert.equal(await sqlOf('aggregate', { aggregates: { m: 'd => op.mode(d.amount)' } }), undefined, 'mode: ties');
  assert.equal(await sqlOf('filter', { expr: 'd => d.day > 1' }), undefined, 'a date column');
  assert.equal(await sqlOf('filter', { expr: "d => d.region < 'm'" }), undefined, 'a missing text in <');
  assert.equal(await sqlOf('derive', { columns: { s: "d => d.amount + 'x'" } }), undefined, 'a number as text');
  assert.equal(await sqlOf('select', { columns: ['amout'] }), undefined, 'an unknown column');
  assert.equal(await sqlOf('join', { with: 'nobody', on: ['id'] }), undefined, 'an unknown table');
  assert.equal(await sqlOf('union', { with: 'customers' }), undefined, 'other columns');
  assert.equal(await sqlOf('filtr', { expr: 'd => true' }), undefined, 'an unknown operation');
  const withRowid: DuckDbTable = { ...table, schema: { rowid: 'number' } };
  assert.equal(await operationSql(withRowid, 'dedupe', {}, ctx), undefined, 'a column named rowid');
});

test('the missing values of the columns an expression reads are counted when the table does not know them, and only those', async () => {
  const bare: DuckDbTable = { name: 't3', schema: { id: 'number', region: 'string', note: 'string' }, rows: 5, bytes: 0, sample: [] };
  const asked: string[][] = [];
  const counting = (nulls: number) => ({ ...ctx, nullCounts: async (_t: DuckDbTable, columns: readonly string[]) => (asked.push([...columns]), Object.fromEntries(columns.map((c) => [c, nulls]))) });
  const never = await operationSql(bare, 'filter', { expr: "d => d.region < 'm'" }, counting(0));
  assert.equal(never?.sql, `SELECT * FROM "t3" WHERE ("region" < 'm')`, 'a column without missing values compares text in SQL');
  assert.equal(await operationSql(bare, 'filter', { expr: "d => d.region < 'm'" }, counting(2)), undefined, 'a text that may be missing goes to Arquero');
  assert.equal(await operationSql(bare, 'filter', { expr: "d => d.region < 'm'" }, ctx), undefined, 'not counted: may be missing');
  await operationSql(bare, 'select', { columns: ['id', 'region'] }, counting(0));
  await operationSql({ ...bare, nulls: { region: 0 } }, 'filter', { expr: "d => d.region < 'm'" }, counting(0));
  assert.deepEqual(asked, [['region'], ['region']], 'only the columns the expressions read, once per table that does not know them');
});
