import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { rejectsStep, runOp } from './run-op.js';

const a = aq.table({ id: [1, 2], v: ['x', 'y'] });
const b = aq.table({ v: ['y', 'z'], id: [2, 3] });

test('appends every row of the other tables, aligning columns by name', async () => {
  const out = await runOp(a, 'union', { with: ['b'] }, { b });
  assert.deepEqual(out.objects(), [{ id: 1, v: 'x' }, { id: 2, v: 'y' }, { id: 2, v: 'y' }, { id: 3, v: 'z' }]);
});

test('distinct: true removes duplicate rows', async () => {
  const out = await runOp(a, 'union', { with: 'b', distinct: true }, { b });
  assert.equal(out.numRows(), 3);
});

test('bad params: CONFIG_BAD_PARAMS naming with', async () => {
  await rejectsStep(runOp(a, 'union', { with: [] }, { b }), 'CONFIG_BAD_PARAMS', 'union', [/params\.with/]);
});

test('different columns are refused with the difference', async () => {
  await rejectsStep(runOp(a, 'union', { with: 'c' }, { c: aq.table({ id: [1], w: [2] }) }), 'ENGINE_UNKNOWN_COLUMN', 'union', [/missing v/, /extra w/]);
});
