import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { atomicWrite, fileSystemOps, temporaryName } from '../../src/connections/atomic-write.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'odibi-atomic-'));
after(() => rmSync(root, { recursive: true, force: true }));

test('replaces the file and leaves no temporary file', async () => {
  const file = path.join(root, 'a.txt');
  writeFileSync(file, 'old');
  await atomicWrite(file, 'new');
  assert.equal(readFileSync(file, 'utf8'), 'new');
  assert.deepEqual(readdirSync(root).filter((f) => f.startsWith('.a.txt')), []);
});

test('temporary files sit next to the target, hidden, and are unique', () => {
  const a = temporaryName('/x/y/out.csv');
  const b = temporaryName('/x/y/out.csv');
  assert.equal(path.dirname(a), '/x/y');
  assert.match(path.basename(a), /^\.out\.csv\..*\.odibi-tmp$/);
  assert.notEqual(a, b);
});

test('a failing rename removes the temporary file and keeps the old content', async () => {
  const file = path.join(root, 'b.txt');
  writeFileSync(file, 'old');
  await assert.rejects(atomicWrite(file, 'new', { ...fileSystemOps, rename: async () => { throw new Error('no'); } }), /no/);
  assert.equal(readFileSync(file, 'utf8'), 'old');
  assert.deepEqual(readdirSync(root).filter((f) => f.includes('b.txt')), ['b.txt']);
});
