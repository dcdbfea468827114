import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as aq from 'arquero';
import type { Format, WriteConfig } from '../../../src/config/types.js';
import { fileSystemOps } from '../../../src/connections/atomic-write.js';
import { LocalConnection } from '../../../src/connections/local-connection.js';
import { MemoryConnection } from '../../../src/connections/memory-connection.js';
import { readTable } from '../../../src/engine/arquero/read-table.js';
import { tableSchema } from '../../../src/engine/arquero/table-schema.js';
import { writeTable } from '../../../src/engine/arquero/write-table.js';
import { OdibiError } from '../../../src/errors.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'odibi-write-'));
after(() => rmSync(root, { recursive: true, force: true }));
const FORMATS: Format[] = ['csv', 'json', 'arrow', 'parquet'];

function folder(): string {
  return mkdtempSync(path.join(root, 'case-'));
}

function target(format: Format, mode: WriteConfig['mode'] = 'overwrite'): WriteConfig {
  return { connection: 'data', path: `out/t.${format}`, format, mode, options: {} };
}

const sample = aq.table({
  id: [1, 2, 3],
  name: ['Ann', null, 'say "hi", then go'],
  amount: [1.5, -2, 1e6],
  active: [true, false, null],
  day: [new Date('2024-01-31T00:00:00Z'), new Date('2024-02-29T00:00:00Z'), null],
});

for (const format of FORMATS) {
  test(`${format} round-trips values and types`, async () => {
    const data = new LocalConnection('data', folder());
    await writeTable(sample, target(format), data);
    const back = await readTable(target(format), data);
    assert.deepEqual(tableSchema(back), { id: 'number', name: 'string', amount: 'number', active: 'boolean', day: 'date' });
    assert.deepEqual(back.objects(), sample.objects());
  });

  test(`${format} append adds the rows to the existing file`, async () => {
    const data = new LocalConnection('data', folder());
    await writeTable(sample, target(format, 'append'), data);
    await writeTable(sample.slice(0, 1), target(format, 'append'), data);
    const back = await readTable(target(format), data);
    assert.deepEqual(back.array('id') && Array.from(back.array('id') as ArrayLike<number>), [1, 2, 3, 1]);
  });
}

test('error_if_exists refuses an existing target with CONNECTION_EXISTS', async () => {
  const data = new LocalConnection('data', folder());
  await writeTable(sample, target('csv', 'error_if_exists'), data);
  await assert.rejects(writeTable(sample, target('csv', 'error_if_exists'), data), (e: unknown) => {
    assert.ok(e instanceof OdibiError);
    assert.equal(e.code, 'CONNECTION_EXISTS');
    assert.match(e.message, /out\/t\.csv/);
    return true;
  });
});

test('append refuses a table whose columns differ', async () => {
  const data = new LocalConnection('data', folder());
  await writeTable(sample, target('csv'), data);
  await assert.rejects(writeTable(aq.table({ other: [1] }), target('csv', 'append'), data), (e: unknown) => e instanceof OdibiError && e.code === 'ENGINE_WRITE' && /differ/.test(e.message));
});

test('append aligns columns written in another order', async () => {
  const data = new LocalConnection('data', folder());
  await writeTable(aq.table({ a: [1], b: [2] }), target('csv'), data);
  await writeTable(aq.table({ b: [4], a: [3] }), target('csv', 'append'), data);
  assert.deepEqual((await readTable(target('csv'), data)).objects(), [{ a: 1, b: 2 }, { a: 3, b: 4 }]);
});

test('a write that fails at the rename leaves the previous file byte-identical', async () => {
  const base = folder();
  const data = new LocalConnection('data', base);
  await writeTable(sample, target('parquet'), data);
  const file = path.join(base, 'out', 't.parquet');
  const before = readFileSync(file);
  const failing = new LocalConnection('data', base, { fileOps: { ...fileSystemOps, rename: async () => { throw new Error('power cut'); } } });
  await assert.rejects(writeTable(sample.slice(0, 1), target('parquet', 'append'), failing), (e: unknown) => e instanceof OdibiError && e.code === 'CONNECTION_IO');
  assert.deepEqual(readFileSync(file), before);
  assert.deepEqual(readdirSync(path.dirname(file)), ['t.parquet']);
});

test('a serializer that fails leaves the previous file byte-identical', async () => {
  const base = folder();
  const data = new LocalConnection('data', base);
  await writeTable(aq.table({ a: [1] }), target('json'), data);
  const before = readFileSync(path.join(base, 'out', 't.json'));
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  await assert.rejects(writeTable(aq.table({ a: [cyclic] }), target('json'), data), (e: unknown) => e instanceof OdibiError && e.code === 'ENGINE_WRITE');
  assert.deepEqual(readFileSync(path.join(base, 'out', 't.json')), before);
});

test('a memory connection stores the table itself, and appends to it', async () => {
  const memory = new MemoryConnection('mem');
  await writeTable(sample, { ...target('csv'), connection: 'mem' }, memory);
  assert.equal(memory.getTable('out/t.csv'), sample);
  await writeTable(sample, { ...target('csv', 'append'), connection: 'mem' }, memory);
  assert.equal(memory.getTable('out/t.csv')?.numRows(), 6);
});

test('an unknown format is CONFIG_UNKNOWN_FORMAT with a suggestion', async () => {
  const data = new LocalConnection('data', folder());
  await assert.rejects(writeTable(sample, { ...target('csv'), format: 'parket' as Format }, data), (e: unknown) => e instanceof OdibiError && e.code === 'CONFIG_UNKNOWN_FORMAT' && /parquet/.test(e.hint ?? ''));
});

test('missing values after an outer join are written as valid files in every format', async () => {
  const data = new LocalConnection('data', folder());
  const joined = aq.table({ id: [1, 2] }).join_left(aq.table({ id: [1], name: ['Ann'], at: [new Date('2024-05-01T10:30:00Z')] }), 'id');
  for (const format of FORMATS) {
    await writeTable(joined, target(format), data);
    const back = await readTable(target(format), data);
    assert.equal(back.numRows(), 2, format);
    assert.equal(back.get('name', 1) ?? null, null, format);
    assert.equal((back.get('at', 0) as Date).toISOString(), '2024-05-01T10:30:00.000Z', format);
  }
});

test('a JSON file written by hand as columns is read', async () => {
  const base = folder();
  writeFileSync(path.join(base, 'cols.json'), '{"id": [1, 2], "day": ["2024-01-01", null]}');
  const t = await readTable({ connection: 'data', path: 'cols.json', format: 'json', options: {} }, new LocalConnection('data', base));
  assert.deepEqual(tableSchema(t), { id: 'number', day: 'date' });
});
