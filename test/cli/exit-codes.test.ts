import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EXIT_CODES, exitCodeOf } from '../../src/cli/exit-codes.js';

test('docs/cli.md lists exactly the exit codes of EXIT_CODES, with the closed pipe explained', () => {
  const doc = readFileSync(path.resolve(import.meta.dirname, '../../docs/cli.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## Exit codes'), doc.indexOf('## odibi validate'));
  const documented = [...section.matchAll(/^\| `(\d+)` \| (\w+)/gm)].map((m) => Number(m[1]));
  assert.deepEqual(documented, Object.values(EXIT_CODES));
  assert.match(section, /^\| closed pipe \| /m);
  for (const [name, word] of [['lockHeld', 'held lock'], ['timeout', 'timeout'], ['usage', 'usage'], ['failure', 'failure'], ['success', 'success']] as const) {
    assert.match(section, new RegExp(`^\\| \`${EXIT_CODES[name]}\` \\| ${word}`, 'm'), name);
  }
});

test('each reported error code maps to its exit code', () => {
  assert.equal(exitCodeOf('LOCK_HELD'), 3);
  assert.equal(exitCodeOf('LOCK_TIMEOUT'), 4);
  assert.equal(exitCodeOf('USAGE'), 2);
  assert.equal(exitCodeOf('PIPELINE_RESUME'), 1);
  assert.equal(exitCodeOf('CONFIG_UNKNOWN_KEY'), 1);
});
