/**
 * The internal, index-based form of a graph: names become integers 0..n-1
 * (declaration order) and edges live in compressed typed arrays, so every
 * algorithm runs in linear time without maps or objects per node.
 * Internal: not exported from src/index.ts.
 */
import type { GraphNode } from './graph-node.js';

export interface GraphIndex {
  readonly names: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly tags: readonly (readonly string[])[];
  /** Dependencies of node i are `deps[depStart[i] .. depStart[i + 1])`, in declared order. */
  readonly depStart: Int32Array;
  readonly deps: Int32Array;
  /** Dependents of node i are `children[childStart[i] .. childStart[i + 1])`, in declaration order. */
  readonly childStart: Int32Array;
  readonly children: Int32Array;
  /** Later entries whose name an earlier entry already uses. */
  readonly duplicates: readonly { name: string; index: number; first: number }[];
  /** Dependencies naming no node (left out of the edges). */
  readonly missing: readonly { node: number; dep: string; position: number }[];
}

const NO_TAGS: readonly string[] = Object.freeze([]);

/** Builds the index form of `nodes` in O(nodes + edges). */
export function buildGraphIndex(nodes: readonly GraphNode[]): GraphIndex {
  const n = nodes.length;
  const names = Object.freeze(nodes.map((node) => node.name));
  const indexOf = new Map<string, number>();
  const duplicates: { name: string; index: number; first: number }[] = [];
  for (let i = 0; i < n; i++) {
    const first = indexOf.get(names[i]);
    if (first === undefined) indexOf.set(names[i], i);
    else duplicates.push({ name: names[i], index: i, first });
  }
  const { depStart, deps, missing } = buildDependencyEdges(nodes, indexOf);
  const { childStart, children } = invertEdges(n, depStart, deps);
  const tags = nodes.map((node) => (node.tags && node.tags.length > 0 ? Object.freeze([...node.tags]) : NO_TAGS));
  return { names, indexOf, tags, depStart, deps, childStart, children, duplicates, missing };
}

function buildDependencyEdges(nodes: readonly GraphNode[], indexOf: ReadonlyMap<string, number>) {
  const n = nodes.length;
  let declaredCount = 0;
  for (let i = 0; i < n; i++) declaredCount += nodes[i].dependsOn.length;
  const depStart = new Int32Array(n + 1);
  const deps = new Int32Array(declaredCount);
  const missing: { node: number; dep: string; position: number }[] = [];
  let count = 0;
  for (let i = 0; i < n; i++) {
    const declared = nodes[i].dependsOn;
    for (let k = 0; k < declared.length; k++) {
      const j = indexOf.get(declared[k]);
      if (j === undefined) missing.push({ node: i, dep: declared[k], position: k });
      else deps[count++] = j;
    }
    depStart[i + 1] = count;
  }
  return { depStart, deps: count === declaredCount ? deps : deps.slice(0, count), missing };
}

function invertEdges(n: number, depStart: Int32Array, deps: Int32Array) {
  const childStart = new Int32Array(n + 1);
  for (let e = 0; e < deps.length; e++) childStart[deps[e] + 1]++;
  for (let i = 0; i < n; i++) childStart[i + 1] += childStart[i];
  const fill = childStart.slice(0, n);
  const children = new Int32Array(deps.length);
  for (let i = 0; i < n; i++) {
    for (let e = depStart[i]; e < depStart[i + 1]; e++) children[fill[deps[e]]++] = i;
  }
  return { childStart, children };
}
