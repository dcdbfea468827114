import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ERROR_CODES } from '../src/error-codes.js';

const DOC = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'errors.md');

test('docs/errors.md documents every code of the catalogue', () => {
  const doc = readFileSync(DOC, 'utf8');
  const missing = Object.keys(ERROR_CODES).filter((code) => !doc.includes(`| \`${code}\` |`));
  assert.deepEqual(missing, [], 'run `npm run generate -- --only errors` to regenerate docs/errors.md');
});

test('every code has a message pattern and a hint', () => {
  for (const [code, info] of Object.entries(ERROR_CODES)) {
    assert.ok(info.message.length > 0 && info.hint.length > 0, code);
    assert.match(code, /^[A-Z]+(_[A-Z]+)*$/);
  }
});
