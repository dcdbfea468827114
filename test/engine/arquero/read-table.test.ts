import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Format } from '../../../src/config/types.js';
import { MemoryConnection } from '../../../src/connections/memory-connection.js';
import { readTable } from '../../../src/engine/arquero/read-table.js';
import { OdibiError } from '../../../src/errors.js';

async function readBytes(bytes: Uint8Array | string, format: Format, options: Record<string, unknown> = {}) {
  const memory = new MemoryConnection('mem');
  await memory.writeBytes(`raw/in.${format}`, bytes);
  return readTable({ connection: 'mem', path: `raw/in.${format}`, format, options }, memory);
}

async function badData(bytes: Uint8Array | string, format: Format, words: RegExp[]): Promise<void> {
  await assert.rejects(readBytes(bytes, format), (e: unknown) => {
    assert.ok(e instanceof OdibiError, String(e));
    assert.equal(e.code, 'ENGINE_BAD_DATA');
    assert.match(e.message, /raw\/in\./);
    for (const word of words) assert.match(e.message, word);
    return true;
  });
}

test('CSV options: delimiter and auto_type', async () => {
  const t = await readBytes('id;code\n1;007\n', 'csv', { delimiter: ';', auto_type: false });
  assert.deepEqual(t.objects(), [{ id: '1', code: '007' }]);
});

test('a ragged CSV names the file and the line', async () => {
  await badData('a,b\n1,2\n3\n4,5\n', 'csv', [/:3:/, /expected 2 fields/, /found 1/]);
  await badData('a,b\n"x, y",2\n1,2,3\n', 'csv', [/:3:/, /found 3/]);
});

test('quoted newlines and delimiters do not count as ragged', async () => {
  const t = await readBytes('a,b\n"line1\nline2","x,y"\r\n1,2\r\n', 'csv');
  assert.equal(t.numRows(), 2);
});

test('an empty CSV is ENGINE_BAD_DATA', async () => {
  await badData('', 'csv', [/empty/]);
  await badData('  \n', 'csv', [/empty/]);
});

test('a header-only CSV is an empty table with its columns', async () => {
  const t = await readBytes('a,b\n', 'csv');
  assert.deepEqual(t.columnNames(), ['a', 'b']);
  assert.equal(t.numRows(), 0);
});

test('a non-UTF-8 file names the file and the line', async () => {
  const latin1 = new Uint8Array([...new TextEncoder().encode('name\nok\ncaf'), 0xe9, 0x0a]);
  await badData(latin1, 'csv', [/not UTF-8/, /line 3/]);
  await badData(latin1, 'json', [/not UTF-8/]);
});

test('a UTF-8 byte-order mark is ignored', async () => {
  const t = await readBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('id\n1\n')]), 'csv');
  assert.deepEqual(t.columnNames(), ['id']);
});

test('broken JSON, JSON of the wrong shape, broken arrow and parquet are ENGINE_BAD_DATA', async () => {
  await badData('{"a": [1,', 'json', [/not valid JSON/]);
  await badData('[1, 2]', 'json', [/array of row objects/]);
  await badData('not arrow', 'arrow', [/Arrow/]);
  await badData('not parquet', 'parquet', [/Parquet/]);
});

test('an empty JSON array is an empty table', async () => {
  assert.equal((await readBytes('[]', 'json')).numRows(), 0);
});

test('a missing file is CONNECTION_FILE_NOT_FOUND', async () => {
  await assert.rejects(
    readTable({ connection: 'mem', path: 'none.csv', format: 'csv', options: {} }, new MemoryConnection('mem')),
    (e: unknown) => e instanceof OdibiError && e.code === 'CONNECTION_FILE_NOT_FOUND',
  );
});

test('an aborted signal stops the read', async () => {
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(readTable({ connection: 'mem', path: 'x', format: 'csv', options: {} }, new MemoryConnection('mem'), controller.signal));
});
