import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryChart } from '../../src/viz/memory-chart.js';
import { compileChart } from '../../src/viz/compile-chart.js';
import { renderSvg } from '../../src/viz/render-svg.js';
import { courseExample } from '../fixtures/results/results-fixtures.js';

test('memoryChart compiles without warnings and steps at every context event', async () => {
  const spec = memoryChart(courseExample());
  assert.deepEqual((await compileChart(spec)).warnings, []);
  const values = (spec.data as { values: { ms: number; tables: number; bytes: number }[] }).values;
  assert.deepEqual(values.map((v) => v.tables), [0, 1, 2, 1, 0]);
  assert.deepEqual(values.map((v) => v.bytes), [0, 400, 820, 420, 0]);
  assert.match(await renderSvg(spec), /live bytes/);
});

test('a run without context events still charts', async () => {
  const r = courseExample();
  r.contextEvents = [];
  assert.deepEqual((await compileChart(memoryChart(r))).warnings, []);
});
