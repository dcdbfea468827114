import type { GraphNodeInput } from '../viz/layout-nodes.js';

interface GraphLike {
  layers(): string[][];
  dependenciesOf(name: string): string[];
}

function isGraphLike(x: unknown): x is GraphLike {
  const g = x as Partial<GraphLike> | null;
  return typeof g === 'object' && g !== null && typeof g.layers === 'function' && typeof g.dependenciesOf === 'function';
}

function isNodeList(x: unknown): x is GraphNodeInput[] {
  return Array.isArray(x) && x.length > 0 && x.every((n) => typeof n?.name === 'string' && Array.isArray(n?.dependsOn));
}

function isLayerList(x: unknown): x is string[][] {
  return Array.isArray(x) && x.every((l) => Array.isArray(l) && l.every((n) => typeof n === 'string'));
}

/**
 * The nodes of anything graph-shaped: a DependencyGraph (or an object with
 * one in `graph`), a list of `{ name, dependsOn }`, or an object with such a
 * list in `nodes`, or a plan's `layers` (nodes without edges). Undefined when `x` is none of these.
 *
 * @example
 * ```ts
 * import { DependencyGraph } from 'odibi-ts';
 * import { graphNodesOf } from 'odibi-ts/dist/src/notebook/graph-nodes-of.js';
 * graphNodesOf(DependencyGraph.fromNodes([{ name: 'a', dependsOn: [] }])); // [{ name: 'a', dependsOn: [], layer: 0 }]
 * ```
 */
export function graphNodesOf(x: unknown): GraphNodeInput[] | undefined {
  if (isGraphLike(x)) {
    return x.layers().flatMap((names, layer) => names.map((name) => ({ name, dependsOn: x.dependenciesOf(name), layer })));
  }
  if (isNodeList(x)) return x;
  if (typeof x === 'object' && x !== null) {
    const inner = x as { graph?: unknown; nodes?: unknown };
    if (isGraphLike(inner.graph)) return graphNodesOf(inner.graph);
    if (isNodeList(inner.nodes)) return inner.nodes;
    const plan = x as { layers?: unknown };
    if (isLayerList(plan.layers)) return plan.layers.flatMap((names, layer) => names.map((name) => ({ name, dependsOn: [], layer })));
  }
  return undefined;
}
