import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OdibiError } from '../../src/errors.js';
import { LocalConnection } from '../../src/connections/local-connection.js';
import { fileSystemOps } from '../../src/connections/atomic-write.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'odibi-local-'));
after(() => rmSync(root, { recursive: true, force: true }));

function tempDir(): string {
  return mkdtempSync(path.join(root, 'case-'));
}

async function rejectsWith(promise: Promise<unknown>, code: string, words: string[] = []): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof OdibiError, `expected OdibiError, got ${String(error)}`);
    assert.equal(error.code, code);
    for (const word of words) assert.match(error.message + ' ' + (error.hint ?? ''), new RegExp(word));
    return true;
  });
}

test('writes, reads, lists and checks existence inside the base folder', async () => {
  const base = tempDir();
  const data = new LocalConnection('data', base);
  await data.writeBytes('raw/orders.csv', 'id\n1\n');
  assert.equal(new TextDecoder().decode(await data.readBytes('raw/orders.csv')), 'id\n1\n');
  assert.equal(await data.exists('raw/orders.csv'), true);
  assert.equal(await data.exists('raw/none.csv'), false);
  assert.deepEqual(await data.list(), ['raw/orders.csv']);
  assert.deepEqual(await data.check(), []);
  assert.equal(data.localPath('raw/orders.csv'), path.join(base, 'raw/orders.csv'));
});

test('a missing file is CONNECTION_FILE_NOT_FOUND with the connection name and a hint', async () => {
  const data = new LocalConnection('data', tempDir());
  await rejectsWith(data.readBytes('nope.csv'), 'CONNECTION_FILE_NOT_FOUND', ['nope.csv', 'data', 'run the node']);
});

test('a missing base folder is reported by check() as data', async () => {
  const data = new LocalConnection('data', path.join(tempDir(), 'missing'));
  const problems = await data.check();
  assert.equal(problems.length, 1);
  assert.equal(problems[0].code, 'CONNECTION_UNREACHABLE');
  assert.match(problems[0].message, /does not exist/);
});

test('../ escapes are refused for reads, writes, exists and localPath', async () => {
  const base = tempDir();
  const data = new LocalConnection('data', path.join(base, 'inner'));
  mkdirSync(path.join(base, 'inner'));
  await rejectsWith(data.readBytes('../secret.txt'), 'CONNECTION_PATH_ESCAPE', ['secret', 'data']);
  await rejectsWith(data.writeBytes('a/../../x.txt', 'x'), 'CONNECTION_PATH_ESCAPE');
  await rejectsWith(data.exists('../x'), 'CONNECTION_PATH_ESCAPE');
  assert.throws(() => data.localPath('../x'), (e: unknown) => e instanceof OdibiError && e.code === 'CONNECTION_PATH_ESCAPE');
  assert.deepEqual(readdirSync(base), ['inner']);
});

test('absolute paths are refused', async () => {
  const data = new LocalConnection('data', tempDir());
  await rejectsWith(data.readBytes('/etc/passwd'), 'CONNECTION_PATH_ESCAPE', ['absolute']);
  await rejectsWith(data.writeBytes(path.join(os.tmpdir(), 'x.txt'), 'x'), 'CONNECTION_PATH_ESCAPE');
});

test('a symbolic link pointing out of the base folder is refused', async () => {
  const outside = tempDir();
  writeFileSync(path.join(outside, 'secret.txt'), 'secret');
  const base = tempDir();
  symlinkSync(outside, path.join(base, 'link'));
  symlinkSync(path.join(outside, 'secret.txt'), path.join(base, 'file-link.txt'));
  const data = new LocalConnection('data', base);
  await rejectsWith(data.readBytes('link/secret.txt'), 'CONNECTION_PATH_ESCAPE', ['symbolic link']);
  await rejectsWith(data.readBytes('file-link.txt'), 'CONNECTION_PATH_ESCAPE');
  await rejectsWith(data.writeBytes('link/new.txt', 'x'), 'CONNECTION_PATH_ESCAPE');
  assert.deepEqual(readdirSync(outside), ['secret.txt']);
});

test('a symbolic link that stays inside is followed', async () => {
  const base = tempDir();
  mkdirSync(path.join(base, 'real'));
  writeFileSync(path.join(base, 'real', 'a.txt'), 'a');
  symlinkSync(path.join(base, 'real'), path.join(base, 'alias'));
  const data = new LocalConnection('data', base);
  assert.equal(new TextDecoder().decode(await data.readBytes('alias/a.txt')), 'a');
});

test('a write whose rename fails leaves the old file byte-identical and no temporary file', async () => {
  const base = tempDir();
  writeFileSync(path.join(base, 'out.csv'), 'id\n1\n2\n');
  const before = readFileSync(path.join(base, 'out.csv'));
  const failing = new LocalConnection('data', base, {
    fileOps: { ...fileSystemOps, rename: async () => { throw new Error('disk on fire'); } },
  });
  await rejectsWith(failing.writeBytes('out.csv', 'id\n9\n'), 'CONNECTION_IO', ['disk on fire', 'out.csv']);
  assert.deepEqual(readFileSync(path.join(base, 'out.csv')), before);
  assert.deepEqual(readdirSync(base), ['out.csv']);
});

test('a write that fails half-way through the data leaves the old file byte-identical', async () => {
  const base = tempDir();
  writeFileSync(path.join(base, 'out.csv'), 'old content');
  const halfWriter = new LocalConnection('data', base, {
    fileOps: {
      ...fileSystemOps,
      writeFile: async (file, data) => {
        writeFileSync(file, data.subarray(0, Math.floor(data.length / 2)));
        throw new Error('interrupted');
      },
    },
  });
  await rejectsWith(halfWriter.writeBytes('out.csv', 'new content that is long'), 'CONNECTION_IO', ['interrupted']);
  assert.equal(readFileSync(path.join(base, 'out.csv'), 'utf8'), 'old content');
  assert.deepEqual(readdirSync(base), ['out.csv']);
});
