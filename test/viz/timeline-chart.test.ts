import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timelineChart } from '../../src/viz/timeline-chart.js';
import { compileChart } from '../../src/viz/compile-chart.js';
import { renderSvg } from '../../src/viz/render-svg.js';
import { courseExample, wideResults } from '../fixtures/results/results-fixtures.js';

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

test('the critical path is outlined', () => {
  const spec = timelineChart(courseExample());
  const bars = (spec.layer as { data: { values: { node: string; path: string }[] } }[])[0]?.data.values ?? [];
  assert.deepEqual(bars.filter((b) => b.path === 'critical path').map((b) => b.node), ['A', 'C']);
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

test('past 60 nodes the timeline shows 60: the failures, the critical path, then the slowest, and says so', async () => {
  assert.equal((timelineChart(wideResults(60)).title as { subtitle: unknown }).subtitle, 'outlined: critical path; black tick: a retry began');
  const results = wideResults(1000);
  results.nodeResults[700]!.status = 'failed';
  results.nodeResults[700]!.durationMs = 0;
  results.nodeResults[900]!.durationMs = 500;
  const spec = timelineChart(results);
  assert.deepEqual((spec.title as { subtitle: string[] }).subtitle[1], 'showing 60 of 1,000 nodes: failures, the critical path and the slowest');
  const svg = await renderSvg(spec);
  const bars = marksOf(svg, 'bars_marks');
  assert.equal(bars.length, 60);
  assert.ok(bars.some((b) => b.includes('node: node_700;')), 'the failed node is shown');
  assert.ok(bars.some((b) => b.includes('node: node_900;')), 'the slowest node is shown');
  assert.deepEqual((await compileChart(spec)).warnings, []);
});
