import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { rejectsStep, rowsOf, runOp } from './run-op.js';

const sales = aq.table({ region: ['n', 'n', 's', 'n'], quarter: ['q1', 'q2', 'q1', 'q1'], amount: [1, 2, 3, 4] });

test('one column per key value, holding the aggregate, per group', async () => {
  const rows = await rowsOf(runOp(sales, 'pivot', { group_by: ['region'], key: 'quarter', value: 'd => op.sum(d.amount)' }));
  assert.deepEqual(rows, [{ region: 'n', q1: 5, q2: 2 }, { region: 's', q1: 3, q2: undefined }]);
});

test('bad params: CONFIG_BAD_PARAMS naming key', async () => {
  await rejectsStep(runOp(sales, 'pivot', { key: ['quarter'], value: 'op.sum(d.amount)' }), 'CONFIG_BAD_PARAMS', 'pivot', [/params\.key/]);
});
