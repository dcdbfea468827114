import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalConnection } from '../../src/connections/local-connection.js';
import { appendOnce, ledgerOf } from '../../src/node/append-once.js';

const text = async (c: LocalConnection, path: string): Promise<string> => new TextDecoder().decode(await c.readBytes(path));

function folder(): LocalConnection {
  return new LocalConnection('data', mkdtempSync(join(tmpdir(), 'odibi-append-')));
}

test('an append keyed by run and node happens once, however often the attempt repeats; another key appends', async () => {
  const data = folder();
  await data.writeBytes('log.csv', 'x\n');
  const append = (row: string) => async () => data.writeBytes('log.csv', `${await text(data, 'log.csv')}${row}\n`);
  assert.equal(await appendOnce('run-1/p/n', 'log.csv', data, append('1')), true);
  assert.equal(await appendOnce('run-1/p/n', 'log.csv', data, append('1')), false);
  assert.equal(await appendOnce('run-2/p/n', 'log.csv', data, append('2')), true);
  assert.equal(await text(data, 'log.csv'), 'x\n1\n2\n');
  assert.deepEqual(Object.keys(JSON.parse(await text(data, ledgerOf('log.csv')))), ['run-1/p/n', 'run-2/p/n']);
});

test('an attempt that died after recording its intent: the next one appends if the target is unchanged, and not if it changed', async () => {
  const data = folder();
  await data.writeBytes('out/log.csv', 'x\n');
  const crash = async (): Promise<void> => {
    throw new Error('worker killed');
  };
  await assert.rejects(appendOnce('run-1/p/n', 'out/log.csv', data, crash), /worker killed/);
  assert.equal(await appendOnce('run-1/p/n', 'out/log.csv', data, async () => data.writeBytes('out/log.csv', 'x\n1\n')), true, 'the target is as before: append');
  const landed = async (): Promise<void> => {
    await data.writeBytes('out/log.csv', 'x\n1\n2\n');
    throw new Error('worker killed after writing');
  };
  await assert.rejects(appendOnce('run-2/p/n', 'out/log.csv', data, landed));
  assert.equal(await appendOnce('run-2/p/n', 'out/log.csv', data, async () => data.writeBytes('out/log.csv', 'x\n1\n2\n2\n')), false, 'the target changed after the intent: the append landed');
  assert.equal(await text(data, 'out/log.csv'), 'x\n1\n2\n');
});
