// Every `$ odibi ...` output shown in docs/cli.md is what the CLI prints
// (run in test/fixtures/config, where the example projects live).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/main.js';
import { captureIo } from './capture-io.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DOC = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8');

test('the outputs shown in docs/cli.md are real', async () => {
  const examples = [...DOC.matchAll(/```text\n\$ odibi (.*)\n([\s\S]*?)```/g)];
  assert.ok(examples.length >= 4);
  for (const [, command, output] of examples) {
    const io = captureIo(join(ROOT, 'test/fixtures/config'));
    await runCli(command.split(' '), io);
    assert.equal(io.out(), output, command);
  }
});
