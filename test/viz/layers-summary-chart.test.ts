import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layersChart } from '../../src/viz/layers-chart.js';
import { LAYERS_MAX_COLUMNS, LAYERS_MAX_NODES } from '../../src/viz/layers-summary-chart.js';
import { compileChart } from '../../src/viz/compile-chart.js';
import { renderSvg } from '../../src/viz/render-svg.js';
import { wideResults } from '../fixtures/results/results-fixtures.js';

const flat = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `n${i}`, dependsOn: [] }));
const chain = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `n${i}`, dependsOn: i === 0 ? [] : [`n${i - 1}`] }));
const subtitle = (spec: ReturnType<typeof layersChart>) => (spec.title as { subtitle?: string } | undefined)?.subtitle;

test(`up to ${LAYERS_MAX_NODES} nodes and ${LAYERS_MAX_COLUMNS} layers every node is drawn; past either, nodes are counted per layer and the chart says so`, () => {
  assert.equal(subtitle(layersChart(flat(LAYERS_MAX_NODES))), undefined);
  assert.equal(subtitle(layersChart(chain(LAYERS_MAX_COLUMNS))), undefined);
  assert.match(subtitle(layersChart(flat(LAYERS_MAX_NODES + 1))) ?? '', /^nodes per layer: too many to draw one by one/);
  assert.match(subtitle(layersChart(chain(LAYERS_MAX_COLUMNS + 1))) ?? '', /too many to draw one by one \(more than 200 nodes or 40 layers\)/);
});

test('the summary of a 1,000-node run counts each layer by status, and draws', async () => {
  const results = wideResults(1000, 1000);
  results.nodeResults[3]!.status = 'failed';
  const spec = layersChart(results);
  assert.equal((spec.title as { text: string }).text, '1,000 nodes in 1 layer');
  assert.deepEqual((spec.data as { values: unknown[] }).values, [{ layer: 0, status: 'success', nodes: 999 }, { layer: 0, status: 'failed', nodes: 1 }]);
  assert.deepEqual((await compileChart(spec)).warnings, []);
  assert.match(await renderSvg(spec), /too many to draw one by one/);
});

test('a chain of 1,000 layers is one chart wide, on a continuous axis', async () => {
  const spec = layersChart(chain(1000));
  assert.equal(spec.width, 600);
  assert.equal((spec.title as { text: string }).text, '1,000 nodes in 1,000 layers');
  assert.deepEqual((await compileChart(spec)).warnings, []);
  assert.ok((await renderSvg(spec)).startsWith('<svg'));
});
