import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VirtualClock } from '../../src/clock/virtual-clock.js';
import { dispatchRule } from '../../src/pipeline/dispatch-rule.js';
import { schedule } from '../../src/pipeline/schedule.js';
import type { Strategy } from '../../src/config/types.js';
import type { SkipInfo } from '../../src/results/types.js';
import { DependencyGraph } from '../../src/graph/dependency-graph.js';

interface Spec { deps: string[]; layer: number; ms: number; fails?: boolean }

/** How the pipeline runner names a node skipped because of an upstream one. */
const nodeBlocked = (_n: string, upstream: string, upstreamSkip: SkipInfo | undefined): SkipInfo =>
  upstreamSkip ?? { reason: 'upstream_failed', rootCause: upstream, message: `upstream node "${upstream}" failed` };

function graphOf(specs: Record<string, Spec>): DependencyGraph {
  const graph = DependencyGraph.fromNodes(Object.entries(specs).map(([name, s]) => ({ name, dependsOn: s.deps })));
  for (const [name, s] of Object.entries(specs)) assert.equal(graph.layerOf(name), s.layer, `${name}'s layer in the spec`);
  return graph;
}

async function simulate(specs: Record<string, Spec>, strategy: Strategy, maxConcurrency: number, failFast = false) {
  const clock = new VirtualClock({ start: 0 });
  const starts: Record<string, number> = {};
  const ends: Record<string, number> = {};
  const skipped: Record<string, SkipInfo> = {};
  let running = 0;
  let peak = 0;
  await schedule({
    graph: graphOf(specs), maxConcurrency, rule: dispatchRule(strategy), failFast,
    run: async (n) => {
      starts[n] = clock.monotonic();
      peak = Math.max(peak, ++running);
      await clock.sleep(specs[n]!.ms);
      running--;
      ends[n] = clock.monotonic();
      return !specs[n]!.fails;
    },
    blocked: nodeBlocked,
    skip: (n, info) => void (skipped[n] = info),
  });
  return { starts, ends, skipped, peak };
}

const course: Record<string, Spec> = {
  A: { deps: [], layer: 0, ms: 10 },
  B: { deps: [], layer: 0, ms: 10, fails: true },
  C: { deps: ['A'], layer: 1, ms: 10 },
  D: { deps: ['B'], layer: 1, ms: 10 },
  E: { deps: ['C', 'D'], layer: 2, ms: 10 },
};

for (const strategy of ['sequential', 'layers', 'dynamic'] as const) {
  test(`course example under ${strategy}: D and E skipped with B as root cause`, async () => {
    const { starts, skipped } = await simulate(course, strategy, 4);
    assert.deepEqual(Object.keys(starts).sort(), ['A', 'B', 'C']);
    assert.deepEqual(Object.keys(skipped).sort(), ['D', 'E']);
    assert.equal(skipped.E!.rootCause, 'B');
    assert.equal(skipped.E!.reason, 'upstream_failed');
  });
}

const wide: Record<string, Spec> = Object.fromEntries([
  ...['a', 'b', 'c', 'd', 'e', 'f'].map((n) => [n, { deps: [], layer: 0, ms: 10 }]),
  ['g', { deps: ['a'], layer: 1, ms: 10 }],
]);

for (const [strategy, max, expected] of [['dynamic', 4, 4], ['layers', 4, 4], ['dynamic', 8, 6], ['layers', 2, 2], ['sequential', 4, 1]] as const) {
  test(`${strategy} with max_concurrency ${max}: peak ${expected}`, async () => {
    const { peak, starts } = await simulate(wide, strategy, max);
    assert.equal(peak, expected);
    assert.equal(Object.keys(starts).length, 7);
  });
}

const unevenLayer: Record<string, Spec> = {
  fast: { deps: [], layer: 0, ms: 10 },
  slow: { deps: [], layer: 0, ms: 100 },
  next: { deps: ['fast'], layer: 1, ms: 10 },
};

test('dynamic starts a node before an unrelated slow node of the previous layer ends; layers waits', async () => {
  const dyn = await simulate(unevenLayer, 'dynamic', 4);
  assert.ok(dyn.starts.next! < dyn.ends.slow!, `next at ${dyn.starts.next}, slow ends ${dyn.ends.slow}`);
  const lay = await simulate(unevenLayer, 'layers', 4);
  assert.ok(lay.starts.next! >= lay.ends.slow!, `next at ${lay.starts.next}, slow ends ${lay.ends.slow}`);
  const seq = await simulate(unevenLayer, 'sequential', 4);
  assert.deepEqual([seq.starts.fast, seq.starts.slow, seq.starts.next], [0, 10, 110]);
});

test('fail_fast starts nothing new and skips the rest', async () => {
  const graph: Record<string, Spec> = {
    bad: { deps: [], layer: 0, ms: 5, fails: true },
    long: { deps: [], layer: 0, ms: 50 },
    child: { deps: ['bad'], layer: 1, ms: 5 },
    later: { deps: ['long'], layer: 1, ms: 5 },
  };
  const { starts, skipped } = await simulate(graph, 'dynamic', 4, true);
  assert.deepEqual(Object.keys(starts).sort(), ['bad', 'long']);
  assert.equal(skipped.child!.reason, 'upstream_failed');
  assert.equal(skipped.later!.reason, 'fail_fast');
  assert.equal(skipped.later!.rootCause, 'bad');
});

test('dependencies outside the run count as done; a cancelled run skips what waits', async () => {
  const ctrl = new AbortController();
  const skipped: Record<string, SkipInfo> = {};
  const ran: string[] = [];
  const graph = DependencyGraph.fromNodes([{ name: 'outside', dependsOn: [] }, { name: 'x', dependsOn: ['outside'] }, { name: 'y', dependsOn: ['x'] }]);
  await schedule({
    graph, units: new Set(['x', 'y']), maxConcurrency: 1, rule: dispatchRule('dynamic'), signal: ctrl.signal,
    run: async (n) => { ran.push(n); ctrl.abort(); return true; },
    blocked: nodeBlocked,
    skip: (n, info) => void (skipped[n] = info),
  });
  assert.deepEqual(ran, ['x']);
  assert.equal(skipped.y!.reason, 'cancelled');
});

test('ready nodes start lowest layer first, then in topological order', async () => {
  const graph: Record<string, Spec> = {
    a: { deps: [], layer: 0, ms: 10 },
    b: { deps: ['a'], layer: 1, ms: 10 },
    c: { deps: [], layer: 0, ms: 10 },
  };
  const { starts } = await simulate(graph, 'dynamic', 1);
  assert.deepEqual(starts, { a: 0, c: 10, b: 20 }, 'c (layer 0) before b (layer 1), though b comes first in the order');
});

test('the caller names the skip of a unit whose dependency did not succeed; its dependents in turn, depth first', async () => {
  // pipelines as units: the manager names the direct upstream pipeline and its status
  const graph = DependencyGraph.fromNodes([
    { name: 'bronze', dependsOn: [] }, { name: 'silver', dependsOn: ['bronze'] }, { name: 'gold', dependsOn: ['silver'] },
    { name: 'audit', dependsOn: ['bronze'] }, { name: 'extra', dependsOn: [] },
  ], { kind: 'pipeline' });
  const calls: string[] = [];
  const skipped: Record<string, SkipInfo> = {};
  await schedule({
    graph, maxConcurrency: 1, rule: dispatchRule('sequential'),
    run: async (n) => (calls.push(`run ${n}`), n !== 'bronze'),
    blocked: (n, upstream, upstreamSkip) => {
      calls.push(`blocked ${n} by ${upstream}${upstreamSkip ? ' (skipped)' : ''}`);
      return { reason: 'upstream_pipeline', rootCause: upstream, message: `pipeline "${upstream}" ${upstreamSkip ? 'was skipped' : 'failed'}` };
    },
    skip: (n, info) => void (skipped[n] = info),
  });
  assert.deepEqual(calls, ['run bronze', 'blocked silver by bronze', 'blocked gold by silver (skipped)', 'blocked audit by bronze', 'run extra']);
  assert.deepEqual(skipped.gold, { reason: 'upstream_pipeline', rootCause: 'silver', message: 'pipeline "silver" was skipped' });
});

test('a failure at the head of a long chain skips the whole chain (no recursion to overflow the stack)', async () => {
  const n = 20_000;
  const graph = DependencyGraph.fromNodes(Array.from({ length: n }, (_, i) => ({ name: `c${i}`, dependsOn: i === 0 ? [] : [`c${i - 1}`] })));
  let skips = 0;
  let last: SkipInfo | undefined;
  await schedule({ graph, maxConcurrency: 4, rule: dispatchRule('dynamic'), run: async () => false, blocked: nodeBlocked, skip: (_n, info) => void (skips++, (last = info)) });
  assert.equal(skips, n - 1);
  assert.equal(last?.rootCause, 'c0');
});

test('a run that throws, synchronously or not, counts as a failure', async () => {
  const graph = DependencyGraph.fromNodes([{ name: 'a', dependsOn: [] }, { name: 'b', dependsOn: [] }, { name: 'c', dependsOn: ['a'] }, { name: 'd', dependsOn: ['b'] }]);
  const skipped: string[] = [];
  await schedule({
    graph, maxConcurrency: 2, rule: dispatchRule('dynamic'),
    run: (n) => { if (n === 'a') throw new Error('at once'); return n === 'b' ? Promise.reject(new Error('later')) : Promise.resolve(true); },
    blocked: nodeBlocked,
    skip: (n) => void skipped.push(n),
  });
  assert.deepEqual(skipped.sort(), ['c', 'd']);
});
