import type { NodeStatus, PipelineResultsData } from '../results/types.js';
import { statusLabel, type StatusLabel } from './status-colors.js';

/** A node as the layers chart needs it: a graph node, a plan entry or a node result. */
export interface GraphNodeInput {
  name: string;
  dependsOn: readonly string[];
  /** Execution layer (0-based); computed from `dependsOn` when missing. */
  layer?: number;
  status?: NodeStatus;
}

/** What {@link layersChart} accepts: a list of graph-ish nodes, or the results of a run. */
export type LayersChartInput = readonly GraphNodeInput[] | PipelineResultsData;

/** A node with its place in the chart. */
export interface PlacedNode {
  name: string;
  layer: number;
  /** Position inside its layer, 0-based, in input order. */
  position: number;
  /** Vertical coordinate: layers are centred around 0. */
  y: number;
  status?: StatusLabel;
}

/** An edge from a dependency to its dependent, with both ends' coordinates. */
export interface PlacedEdge {
  from: string;
  to: string;
  x: number;
  y: number;
  x2: number;
  y2: number;
}

/** The layout of a graph: nodes by layer and position, edges between them. */
export interface GraphLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  layerCount: number;
  /** Number of nodes in the fullest layer. */
  maxPerLayer: number;
  /** True when statuses are known (the input was results or carried statuses). */
  hasStatus: boolean;
}

function toNodeList(input: LayersChartInput): readonly GraphNodeInput[] {
  return Array.isArray(input) ? input : (input as PipelineResultsData).nodeResults;
}

function computeLayers(nodes: readonly GraphNodeInput[]): Map<string, number> {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const layers = new Map<string, number>();
  const visiting = new Set<string>();
  const layerOf = (name: string): number => {
    const known = layers.get(name);
    if (known !== undefined) return known;
    const node = byName.get(name);
    if (!node || visiting.has(name)) return -1;
    if (node.layer !== undefined) return node.layer;
    visiting.add(name);
    const deps = node.dependsOn.map(layerOf).filter((l) => l >= 0);
    visiting.delete(name);
    const layer = deps.length === 0 ? 0 : Math.max(...deps) + 1;
    layers.set(name, layer);
    return layer;
  };
  for (const n of nodes) layers.set(n.name, layerOf(n.name));
  return layers;
}

/**
 * Places nodes by layer (x) and position in the layer (y) and lists the edges
 * between them. Layers come from the input when given, else from `dependsOn`.
 *
 * @example
 * ```ts
 * import { layoutNodes } from 'odibi-ts/dist/src/viz/layout-nodes.js';
 * layoutNodes([{ name: 'a', dependsOn: [] }, { name: 'b', dependsOn: ['a'] }]).edges; // [{ from: 'a', to: 'b', ... }]
 * ```
 */
export function layoutNodes(input: LayersChartInput): GraphLayout {
  const list = toNodeList(input);
  const layers = computeLayers(list);
  const columns = new Map<number, GraphNodeInput[]>();
  for (const n of list) {
    const layer = layers.get(n.name) ?? 0;
    columns.set(layer, [...(columns.get(layer) ?? []), n]);
  }
  const placed = new Map<string, PlacedNode>();
  for (const [layer, members] of columns) {
    members.forEach((n, position) => {
      const y = position - (members.length - 1) / 2;
      placed.set(n.name, { name: n.name, layer, position, y, status: n.status ? statusLabel(n.status) : undefined });
    });
  }
  const nodes = list.map((n) => placed.get(n.name) as PlacedNode);
  const edges: PlacedEdge[] = [];
  for (const n of list) {
    const to = placed.get(n.name) as PlacedNode;
    for (const dep of n.dependsOn) {
      const from = placed.get(dep);
      if (from) edges.push({ from: dep, to: n.name, x: from.layer, y: from.y, x2: to.layer, y2: to.y });
    }
  }
  const counts = [...columns.values()].map((m) => m.length);
  return {
    nodes,
    edges,
    layerCount: columns.size === 0 ? 0 : Math.max(...columns.keys()) + 1,
    maxPerLayer: counts.length === 0 ? 0 : Math.max(...counts),
    hasStatus: list.some((n) => n.status !== undefined),
  };
}
