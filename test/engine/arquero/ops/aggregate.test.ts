import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { rejectsStep, rowsOf, runOp } from './run-op.js';

const sales = aq.table({ region: ['n', 's', 'n', 'n'], amount: [10, 20, null, 5] });

test('groups and summarises, one row per group', async () => {
  const rows = await rowsOf(runOp(sales, 'aggregate', {
    group_by: ['region'],
    aggregates: { orders: 'op.count()', revenue: 'd => op.sum(d.amount)', top: 'd => op.max(d.amount)' },
  }));
  assert.deepEqual(rows, [{ region: 'n', orders: 3, revenue: 15, top: 10 }, { region: 's', orders: 1, revenue: 20, top: 20 }]);
});

test('without group_by the whole table is one group', async () => {
  assert.deepEqual(await rowsOf(runOp(sales, 'aggregate', { aggregates: { total: 'op.sum(d.amount)' } })), [{ total: 35 }]);
});

test('bad params: CONFIG_BAD_PARAMS naming aggregates', async () => {
  await rejectsStep(runOp(sales, 'aggregate', { group_by: ['region'] }), 'CONFIG_BAD_PARAMS', 'aggregate', [/params\.aggregates is required/]);
});

test('a row expression where an aggregate is needed is CONFIG_BAD_EXPRESSION', async () => {
  await rejectsStep(runOp(sales, 'aggregate', { aggregates: { x: 'd.amount' } }), 'CONFIG_BAD_EXPRESSION', 'aggregate', [/op\.sum\(d\.amount\)/]);
});
