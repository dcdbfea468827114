import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { rejectsStep, runOp } from './run-op.js';

const t = aq.table({ a: [1], b: [2], c: [3] });

test('keeps the listed columns in the listed order', async () => {
  const out = await runOp(t, 'select', { columns: ['c', 'a'] });
  assert.deepEqual(out.columnNames(), ['c', 'a']);
  assert.deepEqual(out.objects(), [{ c: 3, a: 1 }]);
});

test('bad params: CONFIG_BAD_PARAMS naming columns', async () => {
  await rejectsStep(runOp(t, 'select', { columns: [] }), 'CONFIG_BAD_PARAMS', 'select', [/params\.columns/]);
});

test('an unknown column is ENGINE_UNKNOWN_COLUMN', async () => {
  await rejectsStep(runOp(t, 'select', { columns: ['a', 'd'] }), 'ENGINE_UNKNOWN_COLUMN', 'select', [/"d"/, /available: a, b, c/]);
});
