import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { rejectsStep, rowsOf, runOp } from './run-op.js';

const orders = aq.table({ id: [1, 2, 3, 4], amount: [5, 50, null, 20], status: ['ok', 'ok', 'ok', 'void'] });

test('keeps the rows for which the expression is true', async () => {
  assert.deepEqual(await rowsOf(runOp(orders, 'filter', { expr: "d => d.amount > 10 && d.status === 'ok'" })), [{ id: 2, amount: 50, status: 'ok' }]);
});

test('reads vars as $.name', async () => {
  const rows = await rowsOf(runOp(orders, 'filter', { expr: '(d, $) => d.amount >= $.min', vars: { min: 20 } }));
  assert.deepEqual(rows.map((r) => r.id), [2, 4]);
});

test('bad params: CONFIG_BAD_PARAMS naming expr', async () => {
  await rejectsStep(runOp(orders, 'filter', { expr: 42 }), 'CONFIG_BAD_PARAMS', 'filter', [/params\.expr/]);
});

test('an unknown column lists the available ones and suggests the closest', async () => {
  await rejectsStep(runOp(orders, 'filter', { expr: 'd => d.amout > 1' }), 'ENGINE_UNKNOWN_COLUMN', 'filter', [/amout/, /available: id, amount, status/, /did you mean "amount"/]);
});

test('an escape attempt is refused before anything runs', async () => {
  await rejectsStep(runOp(orders, 'filter', { expr: "d.constructor.constructor('return process')()" }), 'CONFIG_BAD_EXPRESSION', 'filter');
});
