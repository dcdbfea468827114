/**
 * The critical path: the chain of dependencies with the largest total
 * duration, which bounds how fast any schedule can finish. Computed by
 * dynamic programming along a topological order in O(n + e). Use it through
 * DependencyGraph.criticalPath.
 */
import type { GraphIndex } from './graph-index.js';

/** The critical path of a graph and its total duration in milliseconds. */
export interface CriticalPath {
  /** Node names, upstream first. */
  path: string[];
  totalMs: number;
}

/** Missing or invalid durations count as 0; ties go to the first declared dependency and the earliest declared end node. */
export function criticalPathOf(g: GraphIndex, order: Int32Array, durations: Readonly<Record<string, number>>): CriticalPath {
  const n = g.names.length;
  const finish = new Float64Array(n);
  const previous = new Int32Array(n).fill(-1);
  let end = -1;
  for (const i of order) {
    let start = 0;
    for (let e = g.depStart[i]; e < g.depStart[i + 1]; e++) {
      const d = g.deps[e];
      if (previous[i] === -1 || finish[d] > start) {
        start = finish[d];
        previous[i] = d;
      }
    }
    finish[i] = start + durationOf(durations, g.names[i]);
    if (end === -1 || finish[i] > finish[end] || (finish[i] === finish[end] && i < end)) end = i;
  }
  const path: string[] = [];
  for (let i = end; i !== -1; i = previous[i]) path.push(g.names[i]);
  return { path: path.reverse(), totalMs: end === -1 ? 0 : finish[end] };
}

function durationOf(durations: Readonly<Record<string, number>>, name: string): number {
  const d = Object.prototype.hasOwnProperty.call(durations, name) ? durations[name] : 0;
  return Number.isFinite(d) && d > 0 ? d : 0;
}
