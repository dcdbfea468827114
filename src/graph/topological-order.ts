/**
 * Topological order by Kahn's algorithm: a node comes after everything it
 * depends on, and among the nodes that are ready the earliest declared goes
 * first. So a project already written in a valid order runs in that order.
 *
 * @example
 * ```ts
 * import { topologicalOrder } from 'odibi-ts/dist/src/graph/topological-order.js';
 * topologicalOrder([
 *   { name: 'report', dependsOn: ['clean'] },
 *   { name: 'raw', dependsOn: [] },
 *   { name: 'clean', dependsOn: ['raw'] },
 * ]); // ['raw', 'clean', 'report']
 * ```
 */
import { buildGraphIndex, type GraphIndex } from './graph-index.js';
import type { GraphNode } from './graph-node.js';
import { throwGraphProblems } from './graph-error.js';
import { MinIndexHeap } from './min-index-heap.js';

/** Names in topological order; throws a GraphError (GRAPH_CYCLE, GRAPH_MISSING_DEPENDENCY, GRAPH_DUPLICATE_NODE) for an invalid graph. */
export function topologicalOrder(nodes: readonly GraphNode[]): string[] {
  const g = buildGraphIndex(nodes);
  const order = orderIndices(g);
  if (order === undefined || g.missing.length > 0 || g.duplicates.length > 0) throwGraphProblems(g, 'node');
  return Array.from(order, (i) => g.names[i]);
}

/**
 * Indices in topological order (ties broken by declaration order), or
 * undefined when a cycle leaves some nodes unordered. O(e + n log n) with a
 * typed-array heap; the heap stays small on typical graphs.
 */
export function orderIndices(g: GraphIndex): Int32Array | undefined {
  const n = g.names.length;
  const { depStart, childStart, children } = g;
  const waiting = new Int32Array(n);
  const ready = new MinIndexHeap(n);
  for (let i = 0; i < n; i++) {
    waiting[i] = depStart[i + 1] - depStart[i];
    if (waiting[i] === 0) ready.push(i);
  }
  const order = new Int32Array(n);
  let count = 0;
  while (ready.size > 0) {
    const i = ready.pop();
    order[count++] = i;
    for (let e = childStart[i]; e < childStart[i + 1]; e++) {
      if (--waiting[children[e]] === 0) ready.push(children[e]);
    }
  }
  return count === n ? order : undefined;
}
