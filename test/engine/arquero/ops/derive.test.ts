import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { rejectsStep, rowsOf, runOp } from './run-op.js';

const items = aq.table({ price: [2, 3], qty: [5, 1], name: [' Ann ', 'bob'] });

test('adds computed columns and replaces existing ones', async () => {
  const rows = await rowsOf(runOp(items, 'derive', { columns: { total: 'd => d.price * d.qty', name: 'd => op.upper(op.trim(d.name))' } }));
  assert.deepEqual(rows, [{ price: 2, qty: 5, name: 'ANN', total: 10 }, { price: 3, qty: 1, name: 'BOB', total: 3 }]);
});

test('reads vars', async () => {
  const rows = await rowsOf(runOp(items, 'derive', { columns: { taxed: '(d, $) => d.price * $.rate' }, vars: { rate: 1.5 } }));
  assert.deepEqual(rows.map((r) => r.taxed), [3, 4.5]);
});

test('bad params: CONFIG_BAD_PARAMS naming columns', async () => {
  await rejectsStep(runOp(items, 'derive', { columns: ['total'] }), 'CONFIG_BAD_PARAMS', 'derive', [/params\.columns/]);
});
