import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { rejectsStep, runOp } from './run-op.js';

const t = aq.table({ id: [1, 1, 2, 1], v: ['a', 'b', 'c', 'a'] });

test('on every column by default', async () => {
  assert.deepEqual((await runOp(t, 'dedupe', {})).objects(), [{ id: 1, v: 'a' }, { id: 1, v: 'b' }, { id: 2, v: 'c' }]);
});

test('on key columns, keeping the first row of each key', async () => {
  assert.deepEqual((await runOp(t, 'dedupe', { columns: ['id'] })).objects(), [{ id: 1, v: 'a' }, { id: 2, v: 'c' }]);
});

test('bad params: CONFIG_BAD_PARAMS naming columns', async () => {
  await rejectsStep(runOp(t, 'dedupe', { columns: [1] }), 'CONFIG_BAD_PARAMS', 'dedupe', [/params\.columns\[0\]/]);
});
