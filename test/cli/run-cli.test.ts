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

const boom = (error: unknown) => [
  {
    name: 'boom',
    load: async () => (program: import('commander').Command) =>
      program.command('boom').action(() => {
        throw error;
      }),
  },
];

test('an OdibiError from a command is one formatted line on stderr, exit 1', async () => {
  const { OdibiError } = await import('../../src/errors.js');
  const io = captureIo(ROOT);
  const error = new OdibiError('PIPELINE_UNKNOWN', 'no pipeline named "x"', { hint: 'did you mean "y"?', file: resolve(ROOT, 'a/p.yaml'), line: 3, column: 5 });
  assert.equal(await runCli(['boom'], io, boom(error)), 1);
  assert.equal(io.err(), 'a/p.yaml:3:5 PIPELINE_UNKNOWN no pipeline named "x" (did you mean "y"?)\n');
});

test('an unexpected error is one line, exit 2, no stack trace', async () => {
  const io = captureIo(ROOT);
  assert.equal(await runCli(['boom'], io, boom(new TypeError('x is not a function\n    at somewhere'))), 2);
  assert.equal(io.err(), 'odibi: unexpected error: x is not a function (please report it with the command you ran)\n');
});
