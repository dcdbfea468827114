import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { rejectsStep, rowsOf, runOp } from './run-op.js';

const t = aq.table({ region: ['n', null, 's', undefined], amount: [1, null, 5, NaN] });

test('fills missing values with fixed values and column aggregates', async () => {
  const rows = await rowsOf(runOp(t, 'impute', { values: { region: 'unknown' }, expressions: { amount: 'd => op.mean(d.amount)' } }));
  assert.deepEqual(rows, [
    { region: 'n', amount: 1 }, { region: 'unknown', amount: 3 }, { region: 's', amount: 5 }, { region: 'unknown', amount: 3 },
  ]);
});

test('a fixed string value is data, never code', async () => {
  const rows = await rowsOf(runOp(t, 'impute', { values: { region: "process.exit()" } }));
  assert.equal(rows[1].region, 'process.exit()');
});

test('bad params: CONFIG_BAD_PARAMS when nothing is given', async () => {
  await rejectsStep(runOp(t, 'impute', {}), 'CONFIG_BAD_PARAMS', 'impute', [/at least one column/]);
});
