import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs script without type declarations
import { buildReadme } from '../../scripts/build-readme.mjs';

const root = join(import.meta.dirname, '../..');

test('README.md equals the sections of docs/readme/ assembled in order (run scripts/build-readme.mjs)', () => {
  assert.equal(readFileSync(join(root, 'README.md'), 'utf8'), buildReadme());
});

test('the README names the two commands and the test command CI runs', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  assert.match(readme, /npm start/);
  assert.match(readme, /npm test/);
  assert.match(readFileSync(join(root, '.ci/run'), 'utf8'), /npm test/);
});
