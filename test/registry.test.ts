import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Registry } from '../src/registry.js';

test('registers, finds and lists names, sorted', () => {
  const registry = new Registry<number>([['b', 2]]).register('a', 1).register('c', 3);
  assert.deepEqual(registry.names(), ['a', 'b', 'c']);
  assert.equal(registry.get('a'), 1);
  assert.equal(registry.get('z'), undefined);
  assert.equal(registry.has('c'), true);
  registry.register('a', 10);
  assert.equal(registry.get('a'), 10, 'registering a name again replaces it');
});

test('a copy is independent of the registry it was made from', () => {
  const original = new Registry<string>([['x', 'one']]);
  const copy = original.copy().register('y', 'two');
  original.register('z', 'three');
  assert.deepEqual(copy.names(), ['x', 'y']);
  assert.deepEqual(original.names(), ['x', 'z']);
});
