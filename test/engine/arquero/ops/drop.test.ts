import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { rejectsStep, runOp } from './run-op.js';

const t = aq.table({ a: [1], note: ['x'], b: [2] });

test('removes the listed columns', async () => {
  assert.deepEqual((await runOp(t, 'drop', { columns: ['note'] })).objects(), [{ a: 1, b: 2 }]);
});

test('bad params: CONFIG_BAD_PARAMS naming columns', async () => {
  await rejectsStep(runOp(t, 'drop', { columns: 'note' }), 'CONFIG_BAD_PARAMS', 'drop', [/params\.columns/]);
});
