/**
 * Cycle detection by depth-first search. A cycle is reported as an ordered
 * path in the direction of `depends_on` that ends where it starts, beginning
 * at its earliest-declared member: `['a', 'b', 'a']` means a depends on b and
 * b on a. Unknown dependencies are ignored here.
 *
 * @example
 * ```ts
 * import { findCycle } from '../src/index.js';
 * findCycle([
 *   { name: 'a', dependsOn: ['c'] },
 *   { name: 'b', dependsOn: ['a'] },
 *   { name: 'c', dependsOn: ['b'] },
 * ]); // ['a', 'c', 'b', 'a']
 * ```
 */
import { buildGraphIndex, type GraphIndex } from './graph-index.js';
import type { GraphNode } from './graph-node.js';

/** The first cycle found (searching in declaration order), or undefined for an acyclic graph. */
export function findCycle(nodes: readonly GraphNode[]): string[] | undefined {
  const cycles = findCycleIndices(buildGraphIndex(nodes), 1);
  return cycles.length === 0 ? undefined : cycles[0];
}

/** Up to `limit` cycles that share no starting node, as name paths. O(n + e). */
export function findCycleIndices(g: GraphIndex, limit = Infinity): string[][] {
  const n = g.names.length;
  const state = new Uint8Array(n); // 0 new, 1 on the stack, 2 done, 3 done and reported
  const stack = new Int32Array(n);
  const cursor = new Int32Array(n);
  const stackPos = new Int32Array(n);
  const cycles: string[][] = [];
  for (let root = 0; root < n && cycles.length < limit; root++) {
    if (state[root] !== 0) continue;
    let top = 0;
    stack[0] = root;
    cursor[0] = g.depStart[root];
    state[root] = 1;
    stackPos[root] = 0;
    while (top >= 0 && cycles.length < limit) {
      const i = stack[top];
      if (cursor[top] === g.depStart[i + 1]) {
        if (state[i] === 1) state[i] = 2;
        top--;
        continue;
      }
      const j = g.deps[cursor[top]++];
      if (state[j] === 0) {
        top++;
        stack[top] = j;
        cursor[top] = g.depStart[j];
        state[j] = 1;
        stackPos[j] = top;
      } else if (state[j] === 1) {
        const members = stack.slice(stackPos[j], top + 1);
        cycles.push(cyclePath(g, members));
        for (const m of members) state[m] = 3;
      }
    }
  }
  return cycles;
}

/** Rotates the members so the earliest declared comes first, and closes the path. */
function cyclePath(g: GraphIndex, members: Int32Array): string[] {
  let start = 0;
  for (let k = 1; k < members.length; k++) if (members[k] < members[start]) start = k;
  const path: string[] = [];
  for (let k = 0; k <= members.length; k++) path.push(g.names[members[(start + k) % members.length]]);
  return path;
}
