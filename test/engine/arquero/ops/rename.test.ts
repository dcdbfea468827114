import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { rejectsStep, runOp } from './run-op.js';

const t = aq.table({ cust_id: [1], amt: [2], keep: [3] });

test('renames the given columns and keeps the others', async () => {
  const out = await runOp(t, 'rename', { columns: { cust_id: 'customer_id', amt: 'amount' } });
  assert.deepEqual(out.objects(), [{ customer_id: 1, amount: 2, keep: 3 }]);
});

test('bad params: CONFIG_BAD_PARAMS naming columns', async () => {
  await rejectsStep(runOp(t, 'rename', { columns: { cust_id: 5 } }), 'CONFIG_BAD_PARAMS', 'rename', [/params\.columns/]);
});

test('an unknown column is ENGINE_UNKNOWN_COLUMN', async () => {
  await rejectsStep(runOp(t, 'rename', { columns: { custid: 'x' } }), 'ENGINE_UNKNOWN_COLUMN', 'rename', [/did you mean "cust_id"/]);
});
