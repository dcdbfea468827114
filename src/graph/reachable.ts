/**
 * Transitive upstream (everything a node depends on, directly or not) and
 * downstream (everything that depends on it) by breadth-first search over
 * the typed edge arrays. Internal: DependencyGraph exposes it.
 */
import type { GraphIndex } from './graph-index.js';

/** Which way to walk: `up` follows depends_on, `down` follows dependents. */
export type Direction = 'up' | 'down';

/**
 * Marks (in `mark`) every node reachable from `start` in `direction`, not
 * `start` itself, and returns the newly marked indices. Sharing `mark`
 * between calls makes a union of several walks linear overall.
 */
export function markReachable(g: GraphIndex, start: number, direction: Direction, mark: Uint8Array): number[] {
  const offsets = direction === 'up' ? g.depStart : g.childStart;
  const targets = direction === 'up' ? g.deps : g.children;
  const found: number[] = [];
  const queue: number[] = [start];
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head];
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const j = targets[e];
      if (mark[j] === 0) {
        mark[j] = 1;
        found.push(j);
        queue.push(j);
      }
    }
  }
  return found;
}

/** Names reachable from `start`, in declaration order. */
export function reachableNames(g: GraphIndex, start: number, direction: Direction): string[] {
  const mark = new Uint8Array(g.names.length);
  mark[start] = 1;
  const found = Int32Array.from(markReachable(g, start, direction, mark)).sort();
  return Array.from(found, (i) => g.names[i]);
}
