import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { rejectsStep, runOp } from './run-op.js';

const t = aq.table({ i: [1, 2, 3, 4, 5] });

test('keeps n rows after offset', async () => {
  assert.deepEqual((await runOp(t, 'limit', { n: 2 })).objects(), [{ i: 1 }, { i: 2 }]);
  assert.deepEqual((await runOp(t, 'limit', { n: 2, offset: 3 })).objects(), [{ i: 4 }, { i: 5 }]);
  assert.equal((await runOp(t, 'limit', { n: 0 })).numRows(), 0);
});

test('bad params: CONFIG_BAD_PARAMS naming n', async () => {
  await rejectsStep(runOp(t, 'limit', { n: 1.5 }), 'CONFIG_BAD_PARAMS', 'limit', [/params\.n/, /whole number/]);
});
