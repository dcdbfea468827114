import { VEGA_LITE_SCHEMA, type ChartSpec } from './chart-spec.js';
import type { GraphLayout } from './layout-nodes.js';
import { statusColorEncoding } from './status-colors.js';

/** Past this many nodes, or {@link LAYERS_MAX_COLUMNS} layers, the layers chart counts nodes instead of drawing each. */
export const LAYERS_MAX_NODES = 200;
export const LAYERS_MAX_COLUMNS = 40;

/** Does a graph of this layout get the summary? */
export function isTooLargeToDraw(layout: GraphLayout): boolean {
  return layout.nodes.length > LAYERS_MAX_NODES || layout.layerCount > LAYERS_MAX_COLUMNS;
}

/**
 * The layers of a graph too large to draw node by node: one bar per layer,
 * its height the number of nodes in it, split by status when known. The
 * subtitle says the nodes are counted, not drawn. Many layers get a
 * continuous axis, so a chain of thousands stays one chart wide.
 *
 * @example
 * ```ts
 * import { layoutNodes } from 'odibi-ts/dist/src/viz/layout-nodes.js';
 * import { layersSummaryChart } from 'odibi-ts/dist/src/viz/layers-summary-chart.js';
 * const nodes = Array.from({ length: 500 }, (_, i) => ({ name: `n${i}`, dependsOn: [] }));
 * layersSummaryChart(layoutNodes(nodes)).title; // { text: '500 nodes in 1 layer', subtitle: '...' }
 * ```
 */
export function layersSummaryChart(layout: GraphLayout, options: { title?: string } = {}): ChartSpec {
  const counts = new Map<string, { layer: number; status: string; nodes: number }>();
  for (const n of layout.nodes) {
    const status = n.status ?? 'not run';
    const key = `${n.layer}\u0000${status}`;
    const entry = counts.get(key) ?? { layer: n.layer, status, nodes: 0 };
    entry.nodes += 1;
    counts.set(key, entry);
  }
  const layers = Math.max(1, layout.layerCount);
  const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
  const many = layers > LAYERS_MAX_COLUMNS;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: options.title ?? `${plural(layout.nodes.length, 'node')} in ${plural(layers, 'layer')}`,
      subtitle: `nodes per layer${layout.hasStatus ? ' by status' : ''}: too many to draw one by one (more than ${LAYERS_MAX_NODES} nodes or ${LAYERS_MAX_COLUMNS} layers)`,
    },
    width: many ? 600 : Math.max(120, layers * 40),
    height: 200,
    data: { values: [...counts.values()] },
    mark: { type: 'bar', ...(layout.hasStatus ? {} : { color: '#1f5f99' }), ...(many ? { width: { band: 1 } } : {}) },
    encoding: {
      x: many
        ? { field: 'layer', type: 'quantitative', title: 'layer', scale: { domain: [-0.5, layers - 0.5], nice: false, zero: false } }
        : { field: 'layer', type: 'ordinal', title: 'layer', axis: { labelAngle: 0 } },
      y: { field: 'nodes', type: 'quantitative', aggregate: 'sum', title: 'nodes', stack: 'zero' },
      ...(layout.hasStatus ? { color: statusColorEncoding('status') } : {}),
    },
  };
}
