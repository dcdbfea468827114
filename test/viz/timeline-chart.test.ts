import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timelineChart } from '../../src/viz/timeline-chart.js';
import { compileChart } from '../../src/viz/compile-chart.js';
import { renderSvg } from '../../src/viz/render-svg.js';
import { courseExample, wideResults } from '../fixtures/results/results-fixtures.js';
import { lostWorkerRun } from '../fixtures/results/lost-worker-run.js';

function marksOf(svg: string, name: string): string[] {
  const group = svg.match(new RegExp(`<g class="mark-[a-z]+ role-mark ${name}"[^>]*>(.*?)</g>`, 's'));
  return group ? [...(group[1] as string).matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1] as string) : [];
}

test('timelineChart compiles without warnings', async () => {
  assert.deepEqual((await compileChart(timelineChart(courseExample()))).warnings, []);
  assert.deepEqual((await compileChart(timelineChart(wideResults(30)))).warnings, []);
});

test('one bar per executed node, skipped nodes listed with their root cause', async () => {
  const svg = await renderSvg(timelineChart(courseExample()));
  const bars = marksOf(svg, 'bars_marks');
  assert.equal(bars.length, 3);
  for (const node of ['A', 'B', 'C']) assert.ok(bars.some((b) => b.includes(`node: ${node};`)), node);
  assert.match(svg, /skipped \(B failed\)/);
});

test('a bar per node for a 50-node run', async () => {
  const svg = await renderSvg(timelineChart(wideResults(50)));
  assert.equal(marksOf(svg, 'bars_marks').length, 50);
});

test('retries are marked at the start of each later attempt', async () => {
  const svg = await renderSvg(timelineChart(courseExample()));
  const ticks = marksOf(svg, 'retries_marks');
  assert.equal(ticks.length, 1);
  assert.match(ticks[0] as string, /node: C/);
});

const layerValues = (spec: ReturnType<typeof timelineChart>, name: string) =>
  (spec.layer as { name: string; data: { values: Record<string, unknown>[] } }[]).find((l) => l.name === name)?.data.values ?? [];

test('what made the run long is outlined', () => {
  const bars = layerValues(timelineChart(courseExample()), 'bars');
  assert.deepEqual(bars.filter((b) => b.path === 'made the run long').map((b) => b.node), ['A', 'C']);
});

test('a layers run draws where a ready node waited at the barrier, and where each layer could start', async () => {
  // Layer 0: fast (10 ms) and slow (100 ms); layer 1: next needs only fast, yet starts at 100 ms.
  const r = courseExample();
  const span = (name: string, layer: number, start: number, duration: number, dependsOn: string[]) => ({
    ...r.nodeResults[0]!, name, layer, dependsOn, status: 'success' as const, startOffsetMs: start, durationMs: duration,
    attempts: [{ attempt: 1, start: '', end: '', startOffsetMs: start, durationMs: duration }],
  });
  r.strategy = 'layers';
  r.nodeResults = [span('fast', 0, 0, 10, []), span('slow', 0, 0, 100, []), span('next', 1, 100, 10, ['fast'])];
  r.layers = [['fast', 'slow'], ['next']];
  r.durationMs = 110;
  const spec = timelineChart(r);
  assert.deepEqual(layerValues(spec, 'waits'), [{ node: 'next', start: 10, end: 100, why: 'waiting at the layer barrier' }]);
  assert.deepEqual(layerValues(spec, 'barriers'), [{ at: 100, label: 'layer 1' }]);
  assert.deepEqual(layerValues(spec, 'bars').filter((b) => b.path === 'made the run long').map((b) => b.node), ['slow', 'next']);
  assert.deepEqual((await compileChart(spec)).warnings, []);
  const svg = await renderSvg(spec);
  assert.equal(marksOf(svg, 'waits_marks').length, 1);
  assert.equal(marksOf(svg, 'barriers_marks').length, 1);
});

test('a node reused on resume says so instead of drawing a bar', async () => {
  const r = courseExample();
  const a = r.nodeResults[0]!;
  a.reused = true;
  a.attempts = [];
  delete a.startOffsetMs;
  const svg = await renderSvg(timelineChart(r));
  assert.equal(marksOf(svg, 'bars_marks').length, 2);
  assert.match(svg, />reused from the previous run</);
});

test('past 60 nodes the timeline shows 60: the failures, what made the run long, then the slowest, and says so', async () => {
  assert.equal((timelineChart(wideResults(60)).title as { subtitle: unknown }).subtitle, 'outlined: what made the run this long; pale: ready, but waiting; black tick: a retry began');
  const results = wideResults(1000);
  results.nodeResults[700]!.status = 'failed';
  results.nodeResults[700]!.durationMs = 0;
  results.nodeResults[900]!.durationMs = 500;
  const spec = timelineChart(results);
  assert.deepEqual((spec.title as { subtitle: string[] }).subtitle[1], 'showing 60 of 1,000 nodes: failures, what made the run long and the slowest');
  const svg = await renderSvg(spec);
  const bars = marksOf(svg, 'bars_marks');
  assert.equal(bars.length, 60);
  assert.ok(bars.some((b) => b.includes('node: node_700;')), 'the failed node is shown');
  assert.ok(bars.some((b) => b.includes('node: node_900;')), 'the slowest node is shown');
  assert.deepEqual((await compileChart(spec)).warnings, []);
});

test("by worker: one lane per worker, one bar per attempt, a lost attempt in its dead worker's lane", async () => {
  const spec = timelineChart(lostWorkerRun(), { by: 'worker' });
  assert.deepEqual((await compileChart(spec)).warnings, []);
  const attempts = layerValues(spec, 'attempts');
  assert.deepEqual(attempts.map((a) => `${a.worker}:${a.label}:${a.outcome}`), ['w1:raw:succeeded', 'w1:b:succeeded', 'w2:a:lost', 'w3:a #2:succeeded', 'w3:report:failed']);
  const svg = await renderSvg(spec);
  assert.equal(marksOf(svg, 'attempts_marks').length, 5);
  assert.match(svg, /3 workers, 5 attempts, 1 lost with a worker/);
  for (const lane of ['w1', 'w2', 'w3']) assert.match(svg, new RegExp(`>${lane}</text>`));
});
