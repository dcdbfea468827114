import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layersChart } from '../../src/viz/layers-chart.js';
import { compileChart } from '../../src/viz/compile-chart.js';
import { renderSvg } from '../../src/viz/render-svg.js';
import { courseExample, wideResults } from '../fixtures/results/results-fixtures.js';

function textMarks(svg: string): string[] {
  const group = svg.match(/<g class="mark-text role-mark layer_2_marks"[^>]*>(.*?)<\/g>/s);
  assert.ok(group, 'the label layer is in the SVG');
  return [...(group[1] as string).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] as string);
}

test('layersChart compiles without warnings, from a graph and from results', async () => {
  assert.deepEqual((await compileChart(layersChart([{ name: 'a', dependsOn: [] }, { name: 'b', dependsOn: ['a'] }]))).warnings, []);
  assert.deepEqual((await compileChart(layersChart(courseExample()))).warnings, []);
  assert.deepEqual((await compileChart(layersChart([]))).warnings, []);
});

test('the SVG of a 50-node graph carries one label per node', async () => {
  const results = wideResults(50);
  const labels = textMarks(await renderSvg(layersChart(results)));
  assert.equal(labels.length, 50);
  assert.deepEqual([...labels].sort(), results.nodeResults.map((n) => n.name).sort());
});

test('the chart grows with the number of nodes so labels keep their spacing', async () => {
  const small = layersChart(wideResults(10, 10));
  const large = layersChart(wideResults(40, 40));
  assert.ok((large.height as number) >= 40 * 28);
  assert.ok((large.height as number) > (small.height as number));
});

test('nodes are coloured by status when results are given', async () => {
  const svg = await renderSvg(layersChart(courseExample()));
  assert.match(svg, /status: failed/);
  assert.match(svg, /status: skipped/);
  const plain = layersChart([{ name: 'a', dependsOn: [] }]);
  const nodeLayer = (plain.layer as { encoding: Record<string, unknown> }[])[1];
  assert.equal(nodeLayer?.encoding.color, undefined);
});

test('one edge per dependency, between the two nodes', async () => {
  const spec = layersChart(courseExample());
  const edges = (spec.layer as { data: { values: { from: string; to: string }[] } }[])[0]?.data.values;
  assert.deepEqual(edges?.map((e) => `${e.from}->${e.to}`), ['A->C', 'B->D', 'C->E', 'D->E']);
});
