import { VEGA_LITE_SCHEMA, type ChartSpec } from './chart-spec.js';
import { isTooLargeToDraw, layersSummaryChart } from './layers-summary-chart.js';
import { layoutNodes, type LayersChartInput } from './layout-nodes.js';
import { statusColorEncoding } from './status-colors.js';

/** Options of {@link layersChart}. */
export interface LayersChartOptions {
  title?: string;
  /** Pixels between two nodes of one layer (default 34: a dot and its label above it). */
  rowHeight?: number;
}

const CHAR_WIDTH = 7;

function axisless(field: string, domain: number[], reverse = false): Record<string, unknown> {
  return { field, type: 'quantitative', axis: null, scale: { domain, nice: false, zero: false, reverse } };
}

/**
 * The execution layers as a chart: one column per layer, one dot per node
 * (in declaration order) with its name above it, a line for every dependency, and the node's
 * status as its colour when results are given. The chart grows with the
 * number of nodes, so labels stay readable at 30 nodes and more; past 200
 * nodes or 40 layers it counts the nodes of each layer instead (see
 * layers-summary-chart.ts), and says so.
 *
 * @example
 * ```ts
 * import { layersChart, renderSvg } from 'odibi-ts';
 * const spec = layersChart([
 *   { name: 'raw_orders', dependsOn: [] },
 *   { name: 'clean_orders', dependsOn: ['raw_orders'] },
 * ]);
 * const svg = await renderSvg(spec);
 * ```
 */
export function layersChart(input: LayersChartInput, options: LayersChartOptions = {}): ChartSpec {
  const layout = layoutNodes(input);
  if (isTooLargeToDraw(layout)) return layersSummaryChart(layout, options);
  const rowHeight = options.rowHeight ?? 34;
  const longest = Math.max(4, ...layout.nodes.map((n) => n.name.length));
  const columnWidth = Math.max(100, longest * CHAR_WIDTH + 24);
  const layers = Math.max(1, layout.layerCount);
  const rows = Math.max(1, layout.maxPerLayer);
  const x = axisless('x', [-0.5, layers - 0.5]);
  const y = axisless('y', [-rows / 2, rows / 2], true);
  const nodes = layout.nodes.map((n) => ({ name: n.name, x: n.layer, y: n.y, layer: n.layer, status: n.status ?? 'not run' }));
  const color = layout.hasStatus ? { color: statusColorEncoding('status') } : {};
  return {
    $schema: VEGA_LITE_SCHEMA,
    ...(options.title ? { title: options.title } : {}),
    width: layers * columnWidth,
    height: rows * rowHeight,
    layer: [
      {
        data: { values: layout.edges },
        mark: { type: 'rule', color: '#9aa5b1', strokeWidth: 1 },
        encoding: { x, y, x2: { field: 'x2' }, y2: { field: 'y2' } },
      },
      {
        data: { values: nodes },
        mark: { type: 'circle', size: 120, opacity: 1, ...(layout.hasStatus ? {} : { color: '#1f5f99' }) },
        encoding: { x, y, ...color },
      },
      {
        data: { values: nodes },
        mark: { type: 'text', align: 'center', baseline: 'bottom', dy: -7, fontSize: 11, color: '#222' },
        encoding: { x, y, text: { field: 'name', type: 'nominal' } },
      },
    ],
    config: { view: { stroke: null } },
  };
}
