import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodePackagesStale } from '../../../scripts/lib/node-packages.mjs';

const LOCK = {
  lockfileVersion: 3,
  packages: {
    '': { name: 'demo' },
    'node_modules/a': { version: '1.0.0' },
    'node_modules/b': { version: '2.0.0', dev: true },
    'node_modules/@esbuild/win32-x64': { version: '0.1.0', optional: true },
  },
};

function project(installed?: Record<string, { version: string }>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'odibi-packages-'));
  fs.writeFileSync(path.join(root, 'package-lock.json'), JSON.stringify(LOCK));
  if (installed) {
    fs.mkdirSync(path.join(root, 'node_modules'));
    fs.writeFileSync(path.join(root, 'node_modules', '.package-lock.json'), JSON.stringify({ packages: installed }));
  }
  return root;
}

test('no node_modules is stale', () => {
  const root = project();
  assert.equal(nodePackagesStale(root), true);
  fs.rmSync(root, { recursive: true, force: true });
});

test('every locked version installed (optional ones for other platforms aside) is up to date, and leaves a stamp', () => {
  const root = project({ 'node_modules/a': { version: '1.0.0' }, 'node_modules/b': { version: '2.0.0' } });
  assert.equal(nodePackagesStale(root), false);
  assert.ok(fs.existsSync(path.join(root, 'node_modules', '.odibi-lock-sha256')));
  assert.equal(nodePackagesStale(root), false);
  fs.rmSync(root, { recursive: true, force: true });
});

test('a different installed version or a missing package is stale', () => {
  const older = project({ 'node_modules/a': { version: '0.9.0' }, 'node_modules/b': { version: '2.0.0' } });
  assert.equal(nodePackagesStale(older), true);
  const missing = project({ 'node_modules/a': { version: '1.0.0' } });
  assert.equal(nodePackagesStale(missing), true);
  fs.rmSync(older, { recursive: true, force: true });
  fs.rmSync(missing, { recursive: true, force: true });
});

test('a changed lockfile invalidates the stamp', () => {
  const root = project({ 'node_modules/a': { version: '1.0.0' }, 'node_modules/b': { version: '2.0.0' } });
  assert.equal(nodePackagesStale(root), false);
  const changed = { ...LOCK, packages: { ...LOCK.packages, 'node_modules/a': { version: '1.1.0' } } };
  fs.writeFileSync(path.join(root, 'package-lock.json'), JSON.stringify(changed));
  assert.equal(nodePackagesStale(root), true);
  fs.rmSync(root, { recursive: true, force: true });
});
