import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { unappliedPatches } from '../../../scripts/lib/verify-patches.mjs';

const PATCH = `diff --git a/node_modules/demo/index.js b/node_modules/demo/index.js
--- a/node_modules/demo/index.js
+++ b/node_modules/demo/index.js
@@ -1,2 +1,2 @@
 const a = 1;
-const fixed = false;
+const fixed = true; // the fix
`;

function project(content: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'odibi-patches-'));
  fs.mkdirSync(path.join(root, 'patches'));
  fs.writeFileSync(path.join(root, 'patches', 'demo+1.0.0.patch'), PATCH);
  fs.mkdirSync(path.join(root, 'node_modules', 'demo'), { recursive: true });
  fs.writeFileSync(path.join(root, 'node_modules', 'demo', 'index.js'), content);
  return root;
}

test('a patch whose added lines are all in place is applied', () => {
  const root = project('const a = 1;\nconst fixed = true; // the fix\n');
  assert.deepEqual(unappliedPatches(root), []);
  fs.rmSync(root, { recursive: true, force: true });
});

test('a patch whose added line is missing is reported by its file name', () => {
  const root = project('const a = 1;\nconst fixed = false;\n');
  assert.deepEqual(unappliedPatches(root), [path.join('patches', 'demo+1.0.0.patch')]);
  fs.rmSync(root, { recursive: true, force: true });
});

test('a missing target file counts as not applied; no patches folder means nothing to apply', () => {
  const root = project('');
  fs.rmSync(path.join(root, 'node_modules'), { recursive: true });
  assert.equal(unappliedPatches(root).length, 1);
  fs.rmSync(path.join(root, 'patches'), { recursive: true });
  assert.deepEqual(unappliedPatches(root), []);
  fs.rmSync(root, { recursive: true, force: true });
});
