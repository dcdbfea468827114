import type { PipelineResultsData } from '../results/types.js';
import { VEGA_LITE_SCHEMA, type ChartSpec } from './chart-spec.js';

function memorySeries(results: PipelineResultsData) {
  const points = [{ ms: 0, tables: 0, bytes: 0, event: 'start' }];
  for (const e of results.contextEvents) {
    points.push({ ms: e.offsetMs, tables: e.liveTables, bytes: e.liveBytes, event: `${e.kind} ${e.table}` });
  }
  return points;
}

function panel(field: string, title: string, color: string): Record<string, unknown> {
  return {
    width: 480,
    height: 120,
    mark: { type: 'line', interpolate: 'step-after', point: true, color },
    encoding: {
      x: { field: 'ms', type: 'quantitative', title: 'milliseconds since start' },
      y: { field, type: 'quantitative', title },
    },
  };
}

/**
 * Context memory over a run: how many tables were held and their approximate
 * size in bytes, stepping at every register and release event. Releasing a
 * table as soon as its last consumer has run shows up as a step down.
 *
 * @example
 * ```ts
 * import { memoryChart, renderSvg } from 'odibi-ts';
 * const svg = await renderSvg(memoryChart(results));
 * ```
 */
export function memoryChart(results: PipelineResultsData, options: { title?: string } = {}): ChartSpec {
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title ?? `${results.pipeline}: tables held in the context`,
    data: { values: memorySeries(results) },
    vconcat: [panel('tables', 'live tables', '#1f5f99'), panel('bytes', 'live bytes (approx.)', '#7b3294')],
  };
}
