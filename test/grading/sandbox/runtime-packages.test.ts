import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runtimePackages, type PackageLock } from '../../../src/grading/sandbox/runtime-packages.js';

const root = join(import.meta.dirname, '..', '..', '..');

test('the closure of the dependencies, without what cannot run in the sandbox and without dev dependencies', () => {
  const lock: PackageLock = { packages: {
    '': { dependencies: { a: '1', tsx: '4', '@duckdb/node-api': '1' } },
    'node_modules/a': { dependencies: { b: '1' }, peerDependencies: { c: '1' } },
    'node_modules/b': { optionalDependencies: { a: '1' } },
    'node_modules/c': {},
    'node_modules/tsx': { dependencies: { esbuild: '0' } },
    'node_modules/esbuild': {},
    'node_modules/@duckdb/node-api': {},
    'node_modules/dev-only': {},
  } };
  assert.deepEqual(runtimePackages(lock), ['node_modules/a', 'node_modules/b', 'node_modules/c']);
});

test("the project's own closure holds the library's packages and no compiler or kernel", () => {
  const packages = runtimePackages(JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as PackageLock);
  for (const name of ['arquero', 'yaml', 'zod', 'vega', 'vega-lite']) assert.ok(packages.includes(`node_modules/${name}`), name);
  for (const name of ['typescript', 'tslab', '@tslab/typescript-for-tslab', 'tsx', 'esbuild', '@duckdb/node-api']) assert.ok(!packages.includes(`node_modules/${name}`), name);
});
