import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../../src/cli/main.js';
import { captureIo } from '../capture-io.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

test('a valid project: exit 0 and a one-line summary', async () => {
  const io = captureIo(ROOT);
  assert.equal(await runCli(['validate', 'test/fixtures/config/course-layers.yaml'], io), 0);
  assert.equal(io.out(), 'test/fixtures/config/course-layers.yaml: valid (project "course_layers", 1 pipeline, 5 nodes)\n');
});

test('an invalid project: exit 1 and every problem on its own line, file relative to the working folder', async () => {
  const io = captureIo(resolve(ROOT, 'test'));
  assert.equal(await runCli(['validate', 'fixtures/config/five-problems.yaml'], io), 1);
  const lines = io.out().trimEnd().split('\n');
  assert.deepEqual(lines.map((l) => l.split(' ').slice(0, 2).join(' ')), [
    'fixtures/config/five-problems.yaml:7:15 CONFIG_BAD_ENUM',
    'fixtures/config/five-problems.yaml:10:29 CONFIG_UNKNOWN_CONNECTION',
    'fixtures/config/five-problems.yaml:12:22 CONFIG_UNKNOWN_DEPENDENCY',
    'fixtures/config/five-problems.yaml:18:9 CONFIG_UNKNOWN_KEY',
    'fixtures/config/five-problems.yaml:20:16 CONFIG_WRONG_TYPE',
  ]);
  assert.equal(lines[1], 'fixtures/config/five-problems.yaml:10:29 CONFIG_UNKNOWN_CONNECTION connection "dta" is not defined (did you mean "data"?)');
  assert.match(io.err(), /5 problems/);
});

test('multi-line hints are folded so each problem stays on one line', async () => {
  const io = captureIo(ROOT);
  assert.equal(await runCli(['validate', 'test/fixtures/config/bad-params.yaml'], io), 1);
  for (const line of io.out().trimEnd().split('\n')) assert.match(line, /^test\/fixtures\/config\/bad-params\.yaml:\d+:\d+ CONFIG_/);
});

test('a missing file: exit 1, CONFIG_FILE_NOT_FOUND', async () => {
  const io = captureIo(ROOT);
  assert.equal(await runCli(['validate', 'nope.yaml'], io), 1);
  assert.match(io.out(), /CONFIG_FILE_NOT_FOUND project file .*nope\.yaml does not exist/);
});
