import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DependencyGraph } from '../../src/graph/dependency-graph.js';
import { GraphError } from '../../src/graph/graph-error.js';
import { OdibiError } from '../../src/errors.js';
import { COURSE_LAYERS, COURSE_NODES, bigGraph } from './course-example.js';

const graph = DependencyGraph.fromNodes(COURSE_NODES);

test('course example through the class', () => {
  assert.deepEqual(graph.layers(), COURSE_LAYERS);
  assert.deepEqual(graph.order(), COURSE_LAYERS.flat());
  assert.deepEqual(graph.names, COURSE_NODES.map((n) => n.name));
  assert.equal(graph.size, 5);
  assert.equal(graph.layerOf('customer_orders'), 2);
  assert.equal(graph.layerOf('raw_orders'), 0);
});

test('direct and transitive neighbours', () => {
  assert.deepEqual(graph.dependenciesOf('customer_orders'), ['clean_customers', 'clean_orders']);
  assert.deepEqual(graph.dependentsOf('raw_orders'), ['clean_orders']);
  assert.deepEqual(graph.upstream('customer_orders'), ['raw_customers', 'raw_orders', 'clean_customers', 'clean_orders']);
  assert.deepEqual(graph.downstream('raw_customers'), ['clean_customers', 'customer_orders']);
  assert.deepEqual(graph.upstream('raw_orders'), []);
});

test('unknown node name: GRAPH_UNKNOWN_NODE with did-you-mean', () => {
  assert.throws(
    () => graph.upstream('raw_ordres'),
    (e: unknown) => e instanceof OdibiError && e.code === 'GRAPH_UNKNOWN_NODE' && e.hint === 'did you mean "raw_orders"?',
  );
});

test('fromNodes throws every problem; check returns them', () => {
  const bad = [
    { name: 'a', dependsOn: ['bb'] },
    { name: 'b', dependsOn: ['b'] },
    { name: 'a', dependsOn: [] },
  ];
  assert.deepEqual(DependencyGraph.check(bad).map((p) => p.code), ['GRAPH_DUPLICATE_NODE', 'GRAPH_MISSING_DEPENDENCY', 'GRAPH_CYCLE']);
  assert.throws(
    () => DependencyGraph.fromNodes(bad),
    (e: unknown) => e instanceof GraphError && e.code === 'GRAPH_DUPLICATE_NODE' && e.problems.length === 3 && /b -> b/.test(e.message),
  );
  assert.throws(() => DependencyGraph.fromNodes([{ name: 'x', dependsOn: ['y'] }]), { code: 'GRAPH_MISSING_DEPENDENCY' });
});

test('pipeline kind', () => {
  assert.throws(() => DependencyGraph.fromNodes([{ name: 'p', dependsOn: ['p'] }], { kind: 'pipeline' }), {
    code: 'GRAPH_PIPELINE_CYCLE',
    message: 'pipeline dependency cycle: p -> p',
  });
});

test('immutable: the input can change, the graph does not', () => {
  const nodes = [{ name: 'a', dependsOn: [] as string[] }, { name: 'b', dependsOn: ['a'] }];
  const g = DependencyGraph.fromNodes(nodes);
  nodes[1].dependsOn.pop();
  nodes.push({ name: 'c', dependsOn: [] });
  assert.deepEqual(g.layers(), [['a'], ['b']]);
  assert.throws(() => (g.names as string[]).push('x'));
  assert.ok(Object.isFrozen(g));
});

test('selection grammar', () => {
  assert.deepEqual(graph.select('clean_orders'), ['clean_orders']);
  assert.deepEqual(graph.select('+clean_orders'), ['raw_orders', 'clean_orders']);
  assert.deepEqual(graph.select('clean_orders+'), ['clean_orders', 'customer_orders']);
  assert.deepEqual(graph.select('+clean_orders+'), ['raw_orders', 'clean_orders', 'customer_orders']);
  assert.deepEqual(graph.select('tag:silver'), ['clean_customers', 'clean_orders']);
  assert.deepEqual(graph.select(' customer_orders , raw_customers '), ['raw_customers', 'customer_orders']);
  assert.deepEqual(graph.select('tag:gold,+clean_customers'), ['raw_customers', 'clean_customers', 'customer_orders']);
});

test('selection: unknown terms get GRAPH_UNKNOWN_SELECTOR and a did-you-mean', () => {
  const cases: [string, RegExp][] = [
    ['+clean_ordres', /did you mean "\+clean_orders"\?/],
    ['clean_ordres+', /did you mean "clean_orders\+"\?/],
    ['tag:slver', /did you mean "tag:silver"\?/],
    ['zzz', /^terms are/],
    ['a,,b', /^terms are/],
  ];
  for (const [expr, hint] of cases) {
    assert.throws(
      () => graph.select(expr),
      (e: unknown) => e instanceof OdibiError && e.code === 'GRAPH_UNKNOWN_SELECTOR' && hint.test(e.hint ?? '') && /matches no node/.test(e.message),
      expr,
    );
  }
});

test('subgraph keeps only edges inside the selection', () => {
  const sub = graph.subgraph(graph.select('clean_orders+'));
  assert.deepEqual(sub.layers(), [['clean_orders'], ['customer_orders']]);
  assert.deepEqual(sub.dependenciesOf('customer_orders'), ['clean_orders']);
});

test('critical path', () => {
  const durations = { raw_customers: 10, raw_orders: 50, clean_customers: 30, clean_orders: 5, customer_orders: 1 };
  assert.deepEqual(graph.criticalPath(durations), { path: ['raw_orders', 'clean_orders', 'customer_orders'], totalMs: 56 });
  // ties go to the earliest declared end node
  assert.deepEqual(graph.criticalPath({ clean_customers: 100 }), { path: ['raw_customers', 'clean_customers'], totalMs: 100 });
  assert.deepEqual(DependencyGraph.fromNodes([]).criticalPath({}), { path: [], totalMs: 0 });
});

test('100,000 nodes: order, layers and selection', () => {
  const nodes = bigGraph(100_000);
  const g = DependencyGraph.fromNodes(nodes);
  assert.equal(g.order().length, 100_000);
  assert.equal(g.layers().flat().length, 100_000);
  assert.equal(g.layerOf('n0'), 0);
  assert.equal(g.layerOf('n2'), 2);
  assert.equal(g.layerOf('n3'), 0);
  assert.deepEqual(g.select('+n5'), ['n3', 'n4', 'n5']);
});
