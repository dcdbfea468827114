import type { PipelineResultsData } from '../results/types.js';
import { VEGA_LITE_SCHEMA, type ChartSpec } from './chart-spec.js';

/**
 * Rows through the pipeline: for every node, the rows that came in and the
 * rows that went out, side by side. Nodes that never ran have no bars.
 *
 * @example
 * ```ts
 * import { rowsChart, renderSvg } from 'odibi-ts';
 * const svg = await renderSvg(rowsChart(results));
 * ```
 */
export function rowsChart(results: PipelineResultsData, options: { title?: string } = {}): ChartSpec {
  const values: { node: string; direction: string; rows: number }[] = [];
  for (const n of results.nodeResults) {
    if (n.rowsIn !== undefined) values.push({ node: n.name, direction: 'rows in', rows: n.rowsIn });
    if (n.rowsOut !== undefined) values.push({ node: n.name, direction: 'rows out', rows: n.rowsOut });
  }
  const order = results.nodeResults.map((n) => n.name);
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title ?? `${results.pipeline}: rows in and out per node`,
    width: 420,
    height: Math.max(60, order.length * 30),
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'node', type: 'nominal', title: null, sort: order, scale: { domain: order } },
      yOffset: { field: 'direction', type: 'nominal', sort: ['rows in', 'rows out'] },
      x: { field: 'rows', type: 'quantitative', title: 'rows' },
      color: {
        field: 'direction',
        type: 'nominal',
        title: null,
        scale: { domain: ['rows in', 'rows out'], range: ['#9ecae1', '#1f5f99'] },
      },
    },
  };
}
