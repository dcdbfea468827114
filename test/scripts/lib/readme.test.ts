import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReadme, ORDER } from '../../../scripts/lib/readme.mjs';

const root = join(import.meta.dirname, '../../..');

test('the README is its sections in reading order, under a line saying where it comes from', () => {
  const readme = buildReadme(root);
  assert.match(readme.split('\n')[0]!, /Assembled from docs\/readme\/\*\.md by `npm run generate`/);
  const first = readFileSync(join(root, 'docs', 'readme', ORDER[0]!), 'utf8').trim().split('\n')[0]!;
  const last = readFileSync(join(root, 'docs', 'readme', ORDER.at(-1)!), 'utf8').trim().split('\n')[0]!;
  assert.ok(readme.indexOf(first) < readme.indexOf(last));
});

test('a section missing from the order (or an order naming a missing section) is an error naming it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'odibi-readme-'));
  try {
    cpSync(join(root, 'docs', 'readme'), join(dir, 'docs', 'readme'), { recursive: true });
    writeFileSync(join(dir, 'docs', 'readme', '99-new.md'), '## New\n');
    assert.throws(() => buildReadme(dir), /unlisted 99-new\.md/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the README names the two commands and the test command CI runs', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  assert.match(readme, /npm start/);
  assert.match(readme, /npm test/);
  assert.match(readFileSync(join(root, '.ci/run'), 'utf8'), /npm test/);
});
