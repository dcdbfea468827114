import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachLayer, layers } from '../../src/graph/layers.js';
import { COURSE_LAYERS, COURSE_NODES, bigGraph } from './course-example.js';

test('course example layers', () => {
  assert.deepEqual(layers(COURSE_NODES), COURSE_LAYERS);
});

test('declaration order inside a layer, even when declared out of order', () => {
  assert.deepEqual(
    layers([
      { name: 'z', dependsOn: ['b'] },
      { name: 'b', dependsOn: [] },
      { name: 'a', dependsOn: [] },
      { name: 'y', dependsOn: ['a'] },
    ]),
    [['b', 'a'], ['z', 'y']],
  );
});

test('a node sits one layer below its deepest dependency', () => {
  assert.deepEqual(
    layers([
      { name: 'a', dependsOn: [] },
      { name: 'b', dependsOn: ['a'] },
      { name: 'c', dependsOn: ['a', 'b'] },
    ]),
    [['a'], ['b'], ['c']],
  );
});

test('callback form visits each layer in order', () => {
  const seen: [number, string[]][] = [];
  forEachLayer(COURSE_NODES, (names, layer) => seen.push([layer, names]));
  assert.deepEqual(seen, COURSE_LAYERS.map((names, i) => [i, names]));
});

test('cycle throws GRAPH_CYCLE', () => {
  assert.throws(() => layers([{ name: 'a', dependsOn: ['a'] }]), { code: 'GRAPH_CYCLE' });
});

test('100,000-node graph: layers are consistent with dependencies', () => {
  const nodes = bigGraph(100_000);
  const result = layers(nodes);
  const layerOf = new Map<string, number>();
  result.forEach((names, k) => names.forEach((n) => layerOf.set(n, k)));
  assert.equal(layerOf.size, nodes.length);
  for (const node of nodes) {
    const expected = node.dependsOn.length === 0 ? 0 : Math.max(...node.dependsOn.map((d) => layerOf.get(d)! + 1));
    assert.equal(layerOf.get(node.name), expected);
  }
  for (const names of result) {
    const idx = names.map((n) => Number(n.slice(1)));
    assert.deepEqual(idx, [...idx].sort((a, b) => a - b));
  }
});
