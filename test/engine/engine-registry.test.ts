import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ArqueroEngine } from '../../src/engine/arquero/arquero-engine.js';
import { DuckDbEngine } from '../../src/engine/duckdb/duckdb-engine.js';
import { createEngine, DEFAULT_ENGINE, engineNames, newEngineRegistry } from '../../src/engine/engine-registry.js';
import { OdibiError } from '../../src/errors.js';

test('arquero is the default engine', () => {
  assert.equal(DEFAULT_ENGINE, 'arquero');
  assert.ok(createEngine() instanceof ArqueroEngine);
  assert.ok(createEngine('arquero') instanceof ArqueroEngine);
  assert.ok(createEngine('duckdb') instanceof DuckDbEngine);
  assert.notEqual(createEngine(), createEngine());
  assert.deepEqual(engineNames(), ['arquero', 'duckdb']);
});

test('an unknown engine is ENGINE_UNKNOWN with a suggestion', () => {
  assert.throws(() => createEngine('arqero'), (e: unknown) => e instanceof OdibiError && e.code === 'ENGINE_UNKNOWN' && /did you mean "arquero"/.test(e.hint ?? ''));
});

test('another engine registers in a registry of its own, leaving the default one as it is', () => {
  const registry = newEngineRegistry().register('test-engine', () => new ArqueroEngine());
  assert.deepEqual(engineNames(registry), ['arquero', 'duckdb', 'test-engine']);
  assert.ok(createEngine('test-engine', registry) instanceof ArqueroEngine);
  assert.deepEqual(engineNames(), ['arquero', 'duckdb']);
  assert.throws(() => createEngine('test-engine'), (e: unknown) => e instanceof OdibiError && e.code === 'ENGINE_UNKNOWN' && /registered: arquero, duckdb/.test(e.message));
});

test('registerEngine adds to the default registry (in a process of its own, so no test shares that state)', () => {
  const code = `
    const { registerEngine, ArqueroEngine } = await import(${JSON.stringify(fileURLToPath(new URL('../../src/index.ts', import.meta.url)))});
    const { engineNames, createEngine } = await import(${JSON.stringify(fileURLToPath(new URL('../../src/engine/engine-registry.ts', import.meta.url)))});
    registerEngine('mine', () => new ArqueroEngine());
    console.log(engineNames().join(','), createEngine('mine').name);`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8' });
  assert.equal(child.status, 0, child.stderr);
  assert.equal(child.stdout.trim(), 'arquero,duckdb,mine arquero');
});
