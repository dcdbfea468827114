// Properties of the graph algorithms on random graphs (fast-check, fixed seed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DependencyGraph } from '../../src/graph/dependency-graph.js';
import { findCycle } from '../../src/graph/find-cycle.js';
import type { GraphNode } from '../../src/graph/graph-node.js';

const SEED = 20261128;

/** Random DAGs: node i depends only on nodes declared anywhere, but edges follow a hidden permutation. */
const dag = fc.integer({ min: 1, max: 40 }).chain((n) =>
  fc.tuple(fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }), fc.array(fc.array(fc.nat(), { maxLength: 4 }), { minLength: n, maxLength: n })).map(([rank, picks]) => {
    // node with rank r may depend on nodes of lower rank
    const byRank = [...rank.keys()].sort((a, b) => rank[a] - rank[b]);
    return [...Array(n).keys()].map((i): GraphNode => ({
      name: `n${i}`,
      dependsOn: [...new Set(rank[i] === 0 ? [] : picks[i].map((p) => `n${byRank[p % rank[i]]}`))],
    }));
  }),
);

/** Any graph: edges anywhere, cycles likely. */
const anyGraph = fc.integer({ min: 1, max: 25 }).chain((n) =>
  fc.array(fc.array(fc.nat({ max: n - 1 }), { maxLength: 3 }), { minLength: n, maxLength: n }).map((deps) => deps.map((d, i): GraphNode => ({ name: `n${i}`, dependsOn: [...new Set(d.map((j) => `n${j}`))] }))),
);

test('on a DAG, order puts dependencies first and is the smallest-declared-first order', () => {
  fc.assert(
    fc.property(dag, (nodes) => {
      const graph = DependencyGraph.fromNodes(nodes);
      const order = graph.order();
      const position = new Map(order.map((name, k) => [name, k]));
      assert.equal(order.length, nodes.length);
      for (const node of nodes) for (const dep of node.dependsOn) assert.ok(position.get(dep)! < position.get(node.name)!);
      // reference: repeatedly take the earliest declared node whose dependencies are done
      const done = new Set<string>();
      const reference: string[] = [];
      while (reference.length < nodes.length) {
        const next = nodes.find((n) => !done.has(n.name) && n.dependsOn.every((d) => done.has(d)))!;
        done.add(next.name);
        reference.push(next.name);
      }
      assert.deepEqual(order, reference);
    }),
    { seed: SEED, numRuns: 200 },
  );
});

test('on a DAG, layers are longest-path depths in declaration order, and selection agrees with upstream/downstream', () => {
  fc.assert(
    fc.property(dag, (nodes) => {
      const graph = DependencyGraph.fromNodes(nodes);
      const depth = new Map<string, number>();
      for (const name of graph.order()) depth.set(name, Math.max(-1, ...graph.dependenciesOf(name).map((d) => depth.get(d)!)) + 1);
      graph.layers().forEach((layer, k) => {
        assert.deepEqual(layer, nodes.map((n) => n.name).filter((name) => depth.get(name) === k));
      });
      const name = nodes[nodes.length - 1].name;
      const expected = new Set([...graph.upstream(name), name, ...graph.downstream(name)]);
      assert.deepEqual(graph.select(`+${name}+`), nodes.map((n) => n.name).filter((x) => expected.has(x)));
    }),
    { seed: SEED, numRuns: 200 },
  );
});

test('on any graph, fromNodes succeeds exactly when findCycle finds nothing, and a found cycle is a real path', () => {
  fc.assert(
    fc.property(anyGraph, (nodes) => {
      const cycle = findCycle(nodes);
      const deps = new Map(nodes.map((n) => [n.name, n.dependsOn]));
      if (cycle === undefined) {
        assert.doesNotThrow(() => DependencyGraph.fromNodes(nodes));
        return;
      }
      assert.equal(cycle[0], cycle[cycle.length - 1]);
      assert.equal(new Set(cycle.slice(1)).size, cycle.length - 1);
      for (let k = 0; k + 1 < cycle.length; k++) assert.ok(deps.get(cycle[k])!.includes(cycle[k + 1]), `${cycle[k]} -> ${cycle[k + 1]}`);
      assert.throws(() => DependencyGraph.fromNodes(nodes), { code: 'GRAPH_CYCLE' });
    }),
    { seed: SEED, numRuns: 300 },
  );
});
