import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findFiles } from '../../../scripts/lib/find-files.mjs';

test('finds files by suffix below the given folders, sorted, skipping dependencies, hidden folders and exclusions', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'odibi-find-'));
  const files = ['test/a.test.ts', 'test/deep/b.test.ts', 'test/helper.ts', 'test/node_modules/x.test.ts',
    'test/.hidden/c.test.ts', 'test/fixtures/d.test.ts', 'other/e.test.ts'];
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), '');
  }
  assert.deepEqual(findFiles(root, ['test', 'missing'], '.test.ts', { exclude: ['test/fixtures'] }), ['test/a.test.ts', 'test/deep/b.test.ts']);
  fs.rmSync(root, { recursive: true, force: true });
});
