import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { rejectsStep, rowsOf, runOp } from './run-op.js';

const wide = aq.table({ region: ['n', 's'], q1: [1, 3], q2: [2, 4] });

test('listed columns become (key, value) rows', async () => {
  const rows = await rowsOf(runOp(wide, 'unpivot', { columns: ['q1', 'q2'], key_name: 'quarter', value_name: 'amount' }));
  assert.deepEqual(rows, [
    { region: 'n', quarter: 'q1', amount: 1 }, { region: 'n', quarter: 'q2', amount: 2 },
    { region: 's', quarter: 'q1', amount: 3 }, { region: 's', quarter: 'q2', amount: 4 },
  ]);
});

test('default names are key and value', async () => {
  assert.deepEqual((await runOp(wide, 'unpivot', { columns: ['q1'] })).columnNames(), ['region', 'q2', 'key', 'value']);
});

test('bad params: CONFIG_BAD_PARAMS naming value_name', async () => {
  await rejectsStep(runOp(wide, 'unpivot', { columns: ['q1'], value_name: '' }), 'CONFIG_BAD_PARAMS', 'unpivot', [/params\.value_name/]);
});
