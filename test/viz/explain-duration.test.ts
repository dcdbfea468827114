import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { VirtualClock } from '../../src/clock/virtual-clock.js';
import type { Strategy } from '../../src/config/types.js';
import { Context } from '../../src/context/context.js';
import { DependencyGraph } from '../../src/graph/dependency-graph.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import type { PipelineResultsData } from '../../src/results/types.js';
import { explainDuration } from '../../src/viz/explain-duration.js';
import { nodeSpan } from '../../src/viz/node-span.js';
import { courseExample } from '../fixtures/results/results-fixtures.js';
import { FakeEngine, fakeConnection, type FakeTable } from '../helpers/fake-engine.js';
import { node, pipeline } from '../helpers/node-config.js';
import { dagArbitrary } from '../helpers/random-dag.js';
import { runDag } from '../helpers/run-dag.js';

// The lesson's silver pipeline, with the lesson's delays: raw_orders and clean_customers are slow.
const silver = pipeline('silver', [
  node('raw_customers'), node('raw_orders'), node('raw_products'),
  node('clean_customers', ['raw_customers']), node('clean_orders', ['raw_orders', 'raw_products']),
  node('customer_orders', ['clean_customers', 'clean_orders']),
]);
const SLOW = { raw_customers: 50, raw_orders: 300, raw_products: 50, clean_customers: 250, clean_orders: 50, customer_orders: 50 };

async function runSilver(strategy: Strategy, maxConcurrency = 4): Promise<PipelineResultsData> {
  const clock = new VirtualClock({ start: 0 });
  const engine = new FakeEngine(clock);
  const p = new Pipeline<FakeTable>(silver, { engine, clock, connections: { data: fakeConnection() }, context: new Context(engine, () => clock.monotonic()), storyWriter: false });
  const inject = Object.fromEntries(Object.entries(SLOW).map(([name, delayMs]) => [name, { delayMs }]));
  return (await p.run({ strategy, maxConcurrency, inject })).toJSON();
}

const links = (r: PipelineResultsData) => explainDuration(r).chain.map((l) => `${l.after ?? '(start)'} -${l.cause}-> ${l.node}`);

test('sequential: every node is on the chain, each waiting for a slot, so the run is their sum', async () => {
  const why = explainDuration(await runSilver('sequential'));
  assert.deepEqual(why.chain.map((l) => l.node), ['raw_customers', 'raw_orders', 'raw_products', 'clean_customers', 'clean_orders', 'customer_orders']);
  assert.deepEqual(why.chain.map((l) => l.cause), ['start', 'slot', 'slot', 'slot', 'slot', 'dependency']);
  assert.equal(why.chain.reduce((sum, l) => sum + l.endMs - l.startMs, 0), 750);
  assert.deepEqual(why.waits.map((w) => [w.node, w.readyMs, w.startMs]), [['raw_orders', 0, 50], ['raw_products', 0, 350], ['clean_customers', 50, 400], ['clean_orders', 400, 650]]);
  assert.equal(why.summary, 'sequential: one node at a time, so the sum of every node: raw_customers 50 ms + raw_orders 300 ms + raw_products 50 ms + clean_customers 250 ms + clean_orders 50 ms + customer_orders 50 ms = 750 ms');
});

test('layers: the last node of each layer to end, joined by the barriers; the wait at a barrier is listed', async () => {
  const r = await runSilver('layers');
  const why = explainDuration(r);
  assert.deepEqual(links(r), ['(start) -start-> raw_orders', 'raw_orders -barrier-> clean_customers', 'clean_customers -dependency-> customer_orders']);
  assert.deepEqual(why.waits, [{ node: 'clean_customers', readyMs: 50, startMs: 300, cause: 'barrier', after: 'raw_orders' }]);
  assert.deepEqual(why.barriers, [{ layer: 1, atMs: 300 }, { layer: 2, atMs: 550 }]);
  assert.match(why.summary, /^layers: the last node of each layer to end.*: raw_orders 300 ms \+ clean_customers 250 ms \+ customer_orders 50 ms = 600 ms; clean_customers waited 250 ms at a barrier$/);
});

test('dynamic: the critical path, and nobody waits', async () => {
  const r = await runSilver('dynamic');
  const why = explainDuration(r);
  assert.deepEqual(links(r), ['(start) -start-> raw_orders', 'raw_orders -dependency-> clean_orders', 'clean_orders -dependency-> customer_orders']);
  assert.deepEqual(why.waits, []);
  assert.deepEqual(why.barriers, []);
  assert.equal(why.summary, 'dynamic: the critical path, each node started by its last dependency: raw_orders 300 ms → clean_orders 50 ms → customer_orders 50 ms = 400 ms');
});

test('dynamic at max_concurrency 2: a node that waited for a free slot is linked to the node that freed it', async () => {
  const r = await runSilver('dynamic', 2);
  const why = explainDuration(r);
  // raw_products waits for raw_customers' slot; clean_customers then waits for raw_products'.
  assert.deepEqual(why.waits.map((w) => `${w.node} after ${w.after} (${w.cause})`), ['raw_products after raw_customers (slot)', 'clean_customers after raw_products (slot)']);
  assert.ok(why.chain.every((l, i) => i === 0 || l.after === why.chain[i - 1]!.node));
  assert.match(why.summary, /^dynamic: /);
});

test('failed and skipped nodes: the chain ends at the last node to end, and skipped nodes are not on it', () => {
  const why = explainDuration(courseExample());
  assert.deepEqual(why.chain.map((l) => [l.node, l.cause, l.after]), [['A', 'start', undefined], ['C', 'dependency', 'A']]);
  assert.match(why.summary, /= 40 ms \(of 41 ms: 1 ms outside these nodes\)$/);
});

test('a run where nothing started has an empty chain', () => {
  const r = courseExample();
  for (const n of r.nodeResults) { n.attempts = []; delete n.startOffsetMs; }
  const why = explainDuration(r);
  assert.deepEqual([why.chain, why.waits], [[], []]);
  assert.equal(why.summary, 'dynamic: no node ran');
});

test("a real clock's small delays (the event loop, set-up) are not waits for a slot", () => {
  // Dynamic, max_concurrency 4: b starts when a's synchronous work lets go of the event loop, 3 ms in;
  // c starts 0.4 ms after its dependency b ends. Nothing was at the limit.
  const r = courseExample();
  const at = (name: string, start: number, duration: number, dependsOn: string[]) => {
    const n = r.nodeResults.find((x) => x.name === name)!;
    Object.assign(n, { status: 'success', startOffsetMs: start, durationMs: duration, dependsOn, attempts: [{ attempt: 1, start: '', end: '', startOffsetMs: start, durationMs: duration }] });
  };
  r.nodeResults = r.nodeResults.slice(0, 3);
  at('A', 0, 3, []);
  at('B', 3, 20, []);
  at('C', 23.4, 10, ['B']);
  r.durationMs = 34;
  const why = explainDuration(r);
  assert.deepEqual(why.chain.map((l) => [l.node, l.cause]), [['B', 'start'], ['C', 'dependency']]);
  assert.equal(why.chain[0]!.gapMs, 3);
  assert.deepEqual(why.waits, []);
});

const spansOf = (r: PipelineResultsData) => new Map(r.nodeResults.flatMap((n) => { const s = nodeSpan(n); return s ? [[n.name, s] as const] : []; }));

test('random DAGs on the virtual clock: the chain is contiguous, ends last and explains every link', async () => {
  await fc.assert(
    fc.asyncProperty(dagArbitrary(['sequential', 'layers', 'dynamic'], [1, 2, 3, 64], 30), async (dag) => {
      const r = (await runDag(dag)).results.toJSON();
      const why = explainDuration(r);
      const spans = spansOf(r);
      const byName = new Map(r.nodeResults.map((n) => [n.name, n]));
      if (spans.size === 0) return assert.deepEqual(why.chain, []);
      assert.equal(why.chain.at(-1)!.endMs, Math.max(...[...spans.values()].map((s) => s.end)), 'ends with the last node to end');
      why.chain.forEach((l, i) => {
        assert.equal(l.after, i === 0 ? undefined : why.chain[i - 1]!.node, 'each link follows the one before');
        if (i > 0) assert.equal(l.startMs, why.chain[i - 1]!.endMs, 'on the virtual clock a node starts when the one before ends');
        if (l.cause === 'dependency') assert.ok(byName.get(l.node)!.dependsOn.includes(l.after!));
        if (l.cause === 'barrier') assert.ok(r.strategy === 'layers' && byName.get(l.after!)!.layer < byName.get(l.node)!.layer);
        if (l.cause === 'slot') assert.ok(r.strategy === 'sequential' || r.maxConcurrency < dag.nodes.length);
      });
      const total = (durations: number[]) => durations.reduce((a, b) => a + b, 0);
      const chainMs = total(why.chain.map((l) => l.endMs - l.startMs));
      if (r.strategy === 'sequential') assert.equal(chainMs, total([...spans.values()].map((s) => s.end - s.start)), 'sequential: the sum of every node');
      if (r.strategy === 'dynamic' && r.maxConcurrency >= dag.nodes.length) {
        // Oracle: the graph's own critical path over the nodes' spans.
        const durations = Object.fromEntries([...spans].map(([name, s]) => [name, s.end - s.start]));
        const graph = DependencyGraph.fromNodes(r.nodeResults.map((n) => ({ name: n.name, dependsOn: n.dependsOn })));
        assert.equal(why.chain.at(-1)!.endMs, graph.criticalPath(durations).totalMs);
        assert.deepEqual(why.waits, []);
      }
    }),
    { numRuns: 120 },
  );
});
