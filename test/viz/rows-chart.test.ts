import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rowsChart } from '../../src/viz/rows-chart.js';
import { compileChart } from '../../src/viz/compile-chart.js';
import { renderSvg } from '../../src/viz/render-svg.js';
import { courseExample } from '../fixtures/results/results-fixtures.js';

test('rowsChart compiles without warnings and has rows in and out per node', async () => {
  const spec = rowsChart(courseExample());
  assert.deepEqual((await compileChart(spec)).warnings, []);
  const values = (spec.data as { values: { node: string; direction: string; rows: number }[] }).values;
  assert.deepEqual(values.filter((v) => v.node === 'C'), [
    { node: 'C', direction: 'rows in', rows: 5 },
    { node: 'C', direction: 'rows out', rows: 4 },
  ]);
  assert.equal(values.filter((v) => v.node === 'D').length, 0);
  assert.match(await renderSvg(spec), /rows out/);
});
