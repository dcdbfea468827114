import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutNodes } from '../../src/viz/layout-nodes.js';

test('layers are computed from dependsOn when missing, positions in input order', () => {
  const layout = layoutNodes([
    { name: 'c', dependsOn: ['a', 'b'] },
    { name: 'a', dependsOn: [] },
    { name: 'b', dependsOn: ['a'] },
  ]);
  assert.deepEqual(layout.nodes.map((n) => [n.name, n.layer, n.position]), [['c', 2, 0], ['a', 0, 0], ['b', 1, 0]]);
  assert.equal(layout.layerCount, 3);
  assert.equal(layout.maxPerLayer, 1);
  assert.equal(layout.hasStatus, false);
});

test('given layers are kept and a layer is centred around 0', () => {
  const layout = layoutNodes([
    { name: 'a', dependsOn: [], layer: 0 },
    { name: 'b', dependsOn: [], layer: 0 },
    { name: 'c', dependsOn: ['a'], layer: 1 },
  ]);
  assert.deepEqual(layout.nodes.map((n) => n.y), [-0.5, 0.5, 0]);
});

test('a cycle or an unknown dependency does not loop or throw', () => {
  const layout = layoutNodes([
    { name: 'a', dependsOn: ['b', 'ghost'] },
    { name: 'b', dependsOn: ['a'] },
  ]);
  assert.equal(layout.nodes.length, 2);
  assert.equal(layout.edges.length, 2);
});
