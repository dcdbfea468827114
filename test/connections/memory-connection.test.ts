import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { OdibiError } from '../../src/errors.js';
import { MemoryConnection } from '../../src/connections/memory-connection.js';

test('holds tables and bytes by key', async () => {
  const memory = new MemoryConnection('mem');
  memory.putTable('orders', aq.table({ id: [1, 2] }));
  await memory.writeBytes('./raw//a.csv', 'id\n1\n');
  assert.equal(memory.getTable('orders')?.numRows(), 2);
  assert.equal(await memory.exists('orders'), true);
  assert.equal(await memory.exists('raw/a.csv'), true);
  assert.equal(new TextDecoder().decode(await memory.readBytes('raw/a.csv')), 'id\n1\n');
  assert.deepEqual(await memory.list(), ['orders', 'raw/a.csv']);
  assert.deepEqual(await memory.list('raw'), ['raw/a.csv']);
  await memory.writeBytes('rawdata.csv', 'x');
  assert.deepEqual(await memory.list('raw'), ['raw/a.csv'], 'a prefix is a folder, not a string prefix');
  assert.deepEqual(await memory.list('raw/a.csv'), ['raw/a.csv']);
  memory.delete('rawdata.csv');
  assert.equal(memory.delete('orders'), true);
  assert.equal(await memory.exists('orders'), false);
});

test('reading missing bytes is CONNECTION_FILE_NOT_FOUND', async () => {
  const memory = new MemoryConnection('mem');
  await assert.rejects(memory.readBytes('x.csv'), (e: unknown) => e instanceof OdibiError && e.code === 'CONNECTION_FILE_NOT_FOUND' && /x\.csv/.test(e.message));
});

test('keys that climb above the root are refused', async () => {
  const memory = new MemoryConnection('mem');
  await assert.rejects(memory.writeBytes('../x', 'x'), (e: unknown) => e instanceof OdibiError && e.code === 'CONNECTION_PATH_ESCAPE');
});

test('bytes read are a copy: changing them does not change the stored value', async () => {
  const memory = new MemoryConnection('mem');
  await memory.writeBytes('a', new Uint8Array([1, 2]));
  const bytes = await memory.readBytes('a');
  bytes[0] = 9;
  assert.deepEqual([...(await memory.readBytes('a'))], [1, 2]);
});
