import { test } from 'node:test';
import assert from 'node:assert/strict';
import { topologicalOrder } from '../../src/graph/topological-order.js';
import { GraphError } from '../../src/graph/graph-error.js';
import { OdibiError } from '../../src/errors.js';
import { COURSE_NODES, bigGraph } from './course-example.js';

test('course example: valid order keeps declaration order', () => {
  assert.deepEqual(topologicalOrder(COURSE_NODES), ['raw_customers', 'raw_orders', 'clean_customers', 'clean_orders', 'customer_orders']);
});

test('declaration order breaks ties; dependencies come first', () => {
  const order = topologicalOrder([
    { name: 'report', dependsOn: ['clean'] },
    { name: 'raw', dependsOn: [] },
    { name: 'other', dependsOn: [] },
    { name: 'clean', dependsOn: ['raw'] },
  ]);
  assert.deepEqual(order, ['raw', 'other', 'clean', 'report']);
});

test('earliest declared ready node goes first, even if it became ready later', () => {
  assert.deepEqual(
    topologicalOrder([
      { name: 'b', dependsOn: ['a'] },
      { name: 'a', dependsOn: [] },
      { name: 'c', dependsOn: [] },
    ]),
    ['a', 'b', 'c'],
  );
});

test('empty graph', () => {
  assert.deepEqual(topologicalOrder([]), []);
});

test('a cycle throws GraphError GRAPH_CYCLE with the path', () => {
  assert.throws(
    () => topologicalOrder([{ name: 'a', dependsOn: ['b'] }, { name: 'b', dependsOn: ['a'] }]),
    (e: unknown) => e instanceof GraphError && e instanceof OdibiError && e.code === 'GRAPH_CYCLE' && e.message.includes('a -> b -> a'),
  );
});

test('100,000-node graph: every dependency comes before its dependent', () => {
  const nodes = bigGraph(100_000);
  const order = topologicalOrder(nodes);
  assert.equal(order.length, nodes.length);
  const position = new Map(order.map((name, i) => [name, i]));
  for (const node of nodes) for (const dep of node.dependsOn) assert.ok(position.get(dep)! < position.get(node.name)!);
  assert.deepEqual(order, nodes.map((n) => n.name)); // already declared in a valid order
});
