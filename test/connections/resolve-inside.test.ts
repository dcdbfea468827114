import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveInside, resolveLexically } from '../../src/connections/resolve-inside.js';
import { OdibiError } from '../../src/errors.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'odibi-resolve-'));
after(() => rmSync(root, { recursive: true, force: true }));
const escapes = (e: unknown) => e instanceof OdibiError && e.code === 'CONNECTION_PATH_ESCAPE';

test('relative paths resolve inside; ../ that stays inside is fine', () => {
  assert.equal(resolveLexically('/base', 'a/b.csv', 'c'), path.resolve('/base/a/b.csv'));
  assert.equal(resolveLexically('/base', 'a/../b.csv', 'c'), path.resolve('/base/b.csv'));
});

test('escapes, absolute paths, Windows drive paths and empty paths are refused', () => {
  for (const p of ['../x', 'a/../../x', '/etc/passwd', 'C:\\x', '', 'a\0b']) assert.throws(() => resolveLexically('/base', p, 'c'), escapes, p);
});

test('the base folder itself is inside, a sibling with a common prefix is not', () => {
  assert.equal(resolveLexically('/base', '.', 'c'), path.resolve('/base'));
  assert.throws(() => resolveLexically('/base', '../base2/x', 'c'), escapes);
});

test('a link out of the base is refused even for a file that does not exist yet', async () => {
  const base = mkdtempSync(path.join(root, 'base-'));
  const outside = mkdtempSync(path.join(root, 'out-'));
  symlinkSync(outside, path.join(base, 'out'));
  await assert.rejects(resolveInside(base, 'out/new/deep.csv', 'c'), escapes);
  assert.equal(await resolveInside(base, 'new/deep.csv', 'c'), path.join(base, 'new/deep.csv'));
});

test('property: any relative path either resolves inside the base or is refused', async () => {
  const fc = await import('fast-check');
  const segment = fc.constantFrom('..', '.', 'a', 'b', '', 'c..d', '...');
  fc.assert(
    fc.property(fc.array(segment, { maxLength: 8 }), (parts) => {
      const relative = parts.join('/');
      try {
        const resolved = resolveLexically('/base/inner', relative, 'c');
        return resolved === path.resolve('/base/inner') || resolved.startsWith(path.resolve('/base/inner') + path.sep);
      } catch (error) {
        return escapes(error);
      }
    }),
    { seed: 42, numRuns: 500 },
  );
});
