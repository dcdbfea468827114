import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/main.js';
import { captureIo } from './capture-io.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

test('no arguments prints the help with every command and exits 2', async () => {
  const io = captureIo(ROOT);
  assert.equal(await runCli([], io), 2);
  for (const name of ['validate', 'plan']) assert.match(io.out(), new RegExp(`\\n  ${name} `));
});

test('--help exits 0', async () => {
  const io = captureIo(ROOT);
  assert.equal(await runCli(['plan', '--help'], io), 0);
  assert.match(io.out(), /--pipeline <name>/);
});

test('a usage error exits 2 with commander\'s message, no stack trace', async () => {
  const io = captureIo(ROOT);
  assert.equal(await runCli(['plan', 'x.yaml', '--pipline', 'a'], io), 2);
  assert.match(io.err(), /unknown option '--pipline'/);
  assert.doesNotMatch(io.err(), /\n\s+at /);
  const unknown = captureIo(ROOT);
  assert.equal(await runCli(['plam'], unknown), 2);
  assert.match(unknown.err(), /unknown command 'plam'/);
});
