import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { rejectsStep, runOp } from './run-op.js';

const t = aq.table({ region: ['s', 'n', 'n', 's'], amount: [1, 5, 7, 3] });

test('sorts by several keys, ascending or descending, and materialises the order', async () => {
  const out = await runOp(t, 'orderby', { by: ['region', { column: 'amount', desc: true }] });
  assert.deepEqual(out.objects(), [
    { region: 'n', amount: 7 }, { region: 'n', amount: 5 }, { region: 's', amount: 3 }, { region: 's', amount: 1 },
  ]);
  assert.deepEqual(Array.from(out.array('amount') as ArrayLike<number>), [7, 5, 3, 1]);
});

test('bad params: CONFIG_BAD_PARAMS naming the sort key', async () => {
  await rejectsStep(runOp(t, 'orderby', { by: [{ col: 'amount' }] }), 'CONFIG_BAD_PARAMS', 'orderby', [/params\.by\[0\]/]);
});
