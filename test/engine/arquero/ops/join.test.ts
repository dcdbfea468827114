import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { rejectsStep, rowsOf, runOp } from './run-op.js';

const orders = aq.table({ order_id: [1, 2, 3], customer_id: [10, 20, 30] });
const customers = aq.table({ id: [10, 20, 40], name: ['Ann', 'Bob', 'Dee'] });
const tables = { customers };
const byId = (rows: Record<string, unknown>[]) => rows.map((r) => `${r.order_id ?? '-'}:${r.name ?? '-'}`).sort();

test('inner, left, right and full joins with a key map', async () => {
  const on = { customer_id: 'id' };
  assert.deepEqual(byId(await rowsOf(runOp(orders, 'join', { with: 'customers', on }, tables))), ['1:Ann', '2:Bob']);
  assert.deepEqual(byId(await rowsOf(runOp(orders, 'join', { with: 'customers', on, how: 'left' }, tables))), ['1:Ann', '2:Bob', '3:-']);
  assert.deepEqual(byId(await rowsOf(runOp(orders, 'join', { with: 'customers', on, how: 'right' }, tables))), ['-:Dee', '1:Ann', '2:Bob']);
  assert.deepEqual(byId(await rowsOf(runOp(orders, 'join', { with: 'customers', on, how: 'full' }, tables))), ['-:Dee', '1:Ann', '2:Bob', '3:-']);
});

test('a key list joins columns of the same name; shared columns get suffixes', async () => {
  const left = aq.table({ id: [1, 2], v: ['a', 'b'] });
  const right = aq.table({ id: [2], v: ['B'] });
  const out = await runOp(left, 'join', { with: 'right', on: ['id'], suffix: ['_l', '_r'] }, { right });
  assert.deepEqual(out.objects(), [{ id: 2, v_l: 'b', v_r: 'B' }]);
});

test('bad params: CONFIG_BAD_PARAMS naming how', async () => {
  await rejectsStep(runOp(orders, 'join', { with: 'customers', on: ['id'], how: 'outer' }, tables), 'CONFIG_BAD_PARAMS', 'join', [/params\.how/, /inner, left, right, full/]);
});

test('an unknown table names the available ones', async () => {
  await rejectsStep(runOp(orders, 'join', { with: 'customer', on: { customer_id: 'id' } }, tables), 'ENGINE_UNKNOWN_TABLE', 'join', [/did you mean "customers"/]);
});

test("an unknown key in the other table lists that table's columns", async () => {
  await rejectsStep(runOp(orders, 'join', { with: 'customers', on: { customer_id: 'cust' } }, tables), 'ENGINE_UNKNOWN_COLUMN', 'join', [/table "customers"/, /available: id, name/]);
});
