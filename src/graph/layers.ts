/**
 * Layers (generations): layer 0 holds the nodes with no dependencies, layer
 * k the nodes whose deepest dependency is in layer k - 1. Nodes of a layer
 * can run in parallel; inside a layer they keep their declaration order.
 *
 * @example
 * ```ts
 * import { layers } from 'odibi-ts/dist/src/graph/layers.js';
 * layers([
 *   { name: 'raw_customers', dependsOn: [] },
 *   { name: 'raw_orders', dependsOn: [] },
 *   { name: 'clean_orders', dependsOn: ['raw_orders'] },
 * ]); // [['raw_customers', 'raw_orders'], ['clean_orders']]
 * ```
 */
import { buildGraphIndex, type GraphIndex } from './graph-index.js';
import type { GraphNode } from './graph-node.js';
import { throwGraphProblems } from './graph-error.js';
import { orderIndices } from './topological-order.js';

/** The layers of `nodes`; throws a GraphError for an invalid graph. */
export function layers(nodes: readonly GraphNode[]): string[][] {
  const result: string[][] = [];
  forEachLayer(nodes, (names) => result.push(names));
  return result;
}

/**
 * The callback form of {@link layers}: calls `visit` once per layer, in order.
 *
 * @example
 * ```ts
 * import { forEachLayer } from 'odibi-ts/dist/src/graph/layers.js';
 * forEachLayer([{ name: 'a', dependsOn: [] }, { name: 'b', dependsOn: ['a'] }], (names, layer) => console.log(layer, names));
 * ```
 */
export function forEachLayer(nodes: readonly GraphNode[], visit: (names: string[], layer: number) => void): void {
  const g = buildGraphIndex(nodes);
  const order = orderIndices(g);
  if (order === undefined || g.missing.length > 0 || g.duplicates.length > 0) throwGraphProblems(g, 'node');
  const { layerOf, count } = layerNumbers(g, order);
  visitLayers(g.names, groupByLayer(layerOf, count), visit);
}

/** Layer number of every node, computed along a topological order. O(n + e). */
export function layerNumbers(g: GraphIndex, order: Int32Array): { layerOf: Int32Array; count: number } {
  const layerOf = new Int32Array(g.names.length);
  let count = order.length > 0 ? 1 : 0;
  for (const i of order) {
    let layer = 0;
    for (let e = g.depStart[i]; e < g.depStart[i + 1]; e++) layer = Math.max(layer, layerOf[g.deps[e]] + 1);
    layerOf[i] = layer;
    if (layer + 1 > count) count = layer + 1;
  }
  return { layerOf, count };
}

/** Node indices grouped by layer (a counting sort): layer k is `members[start[k] .. start[k + 1])`, declaration order inside. */
export interface LayerGroups {
  readonly start: Int32Array;
  readonly members: Int32Array;
}

/** Groups node indices by layer number in O(n). */
export function groupByLayer(layerOf: Int32Array, count: number): LayerGroups {
  const start = new Int32Array(count + 1);
  for (const layer of layerOf) start[layer + 1]++;
  for (let k = 0; k < count; k++) start[k + 1] += start[k];
  const fill = start.slice(0, count);
  const members = new Int32Array(layerOf.length);
  for (let i = 0; i < layerOf.length; i++) members[fill[layerOf[i]]++] = i;
  return { start, members };
}

/** Calls `visit` with the names of each layer, in layer order. */
export function visitLayers(names: readonly string[], groups: LayerGroups, visit: (names: string[], layer: number) => void): void {
  const { start, members } = groups;
  for (let k = 0; k + 1 < start.length; k++) {
    const layer: string[] = new Array(start[k + 1] - start[k]);
    for (let e = start[k]; e < start[k + 1]; e++) layer[e - start[k]] = names[members[e]];
    visit(layer, k);
  }
}
