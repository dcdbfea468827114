import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArqueroEngine } from '../../src/engine/arquero/arquero-engine.js';
import { createEngine, DEFAULT_ENGINE, engineNames, registerEngine } from '../../src/engine/engine-registry.js';
import { OdibiError } from '../../src/errors.js';

test('arquero is the default engine', () => {
  assert.equal(DEFAULT_ENGINE, 'arquero');
  assert.ok(createEngine() instanceof ArqueroEngine);
  assert.ok(createEngine('arquero') instanceof ArqueroEngine);
  assert.notEqual(createEngine(), createEngine());
});

test('an unknown engine is ENGINE_UNKNOWN with a suggestion', () => {
  assert.throws(() => createEngine('arqero'), (e: unknown) => e instanceof OdibiError && e.code === 'ENGINE_UNKNOWN' && /did you mean "arquero"/.test(e.hint ?? ''));
});

test('another engine registers by name', () => {
  registerEngine('test-engine', () => new ArqueroEngine());
  assert.ok(engineNames().includes('test-engine'));
  assert.ok(createEngine('test-engine') instanceof ArqueroEngine);
});
