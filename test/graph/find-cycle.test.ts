import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCycle } from '../../src/graph/find-cycle.js';
import { DependencyGraph } from '../../src/graph/dependency-graph.js';
import { GraphError } from '../../src/graph/graph-error.js';
import { COURSE_NODES, bigGraph } from './course-example.js';

test('no cycle', () => {
  assert.equal(findCycle(COURSE_NODES), undefined);
  assert.equal(findCycle(bigGraph(50_000)), undefined);
});

test('self cycle', () => {
  assert.deepEqual(findCycle([{ name: 'a', dependsOn: ['a'] }]), ['a', 'a']);
});

test('two-node cycle starts at the earliest declared node', () => {
  assert.deepEqual(findCycle([{ name: 'x', dependsOn: [] }, { name: 'b', dependsOn: ['a'] }, { name: 'a', dependsOn: ['b'] }]), ['b', 'a', 'b']);
});

test('long cycle is an ordered depends_on path', () => {
  const nodes = [
    { name: 'a', dependsOn: ['c'] },
    { name: 'b', dependsOn: ['a'] },
    { name: 'c', dependsOn: ['d'] },
    { name: 'd', dependsOn: ['e'] },
    { name: 'e', dependsOn: ['b'] },
    { name: 'f', dependsOn: ['e'] },
  ];
  assert.deepEqual(findCycle(nodes), ['a', 'c', 'd', 'e', 'b', 'a']);
});

test('the cycle path appears in the error message: self, two-node, long', () => {
  const cases: [{ name: string; dependsOn: string[] }[], string][] = [
    [[{ name: 'a', dependsOn: ['a'] }], 'a -> a'],
    [[{ name: 'a', dependsOn: ['b'] }, { name: 'b', dependsOn: ['a'] }], 'a -> b -> a'],
    [
      [
        { name: 'a', dependsOn: ['b'] },
        { name: 'b', dependsOn: ['c'] },
        { name: 'c', dependsOn: ['d'] },
        { name: 'd', dependsOn: ['a'] },
      ],
      'a -> b -> c -> d -> a',
    ],
  ];
  for (const [nodes, path] of cases) {
    assert.throws(
      () => DependencyGraph.fromNodes(nodes),
      (e: unknown) => e instanceof GraphError && e.code === 'GRAPH_CYCLE' && e.message === `dependency cycle: ${path}`,
    );
  }
});

test('a 20,000-node cycle is found without deep recursion', () => {
  const n = 20_000;
  const nodes = Array.from({ length: n }, (_, i) => ({ name: `c${i}`, dependsOn: [`c${(i + n - 1) % n}`] }));
  const cycle = findCycle([...bigGraph(1000), ...nodes])!;
  assert.equal(cycle.length, n + 1);
  assert.equal(cycle[0], 'c0');
  assert.equal(cycle[1], `c${n - 1}`);
  assert.equal(cycle[n], 'c0');
});
