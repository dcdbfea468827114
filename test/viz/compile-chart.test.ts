import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileChart } from '../../src/viz/compile-chart.js';
import { renderSvg } from '../../src/viz/render-svg.js';
import { VEGA_LITE_SCHEMA, isChartSpec } from '../../src/viz/chart-spec.js';

test('warnings are collected, not printed', async () => {
  const spec = { $schema: VEGA_LITE_SCHEMA, data: { values: [] }, mark: 'bar', encoding: { x: { field: 'a', type: 'quantitative' }, shape: { field: 'b', type: 'nominal' } } };
  const { warnings } = await compileChart(spec);
  assert.ok(warnings.length > 0, 'shape is not valid for bar, vega-lite warns');
});

test('renderSvg renders offline to an SVG string', async () => {
  const svg = await renderSvg({ $schema: VEGA_LITE_SCHEMA, data: { values: [{ a: 1 }] }, mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' } } });
  assert.match(svg, /^<svg/);
});

test('isChartSpec recognises vega-lite specs only', async () => {
  assert.equal(isChartSpec({ $schema: VEGA_LITE_SCHEMA }), true);
  assert.equal(isChartSpec({ $schema: 'https://vega.github.io/schema/vega/v6.json' }), false);
  assert.equal(isChartSpec(null), false);
});
