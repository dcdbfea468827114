/**
 * Cycle detection by depth-first search. A cycle is reported as an ordered
 * path in the direction of `depends_on` that ends where it starts, beginning
 * at its earliest-declared member: `['a', 'b', 'a']` means a depends on b and
 * b on a. Unknown dependencies are ignored here.
 *
 * @example
 * ```ts
 * import { findCycle } from 'odibi-ts/dist/src/graph/find-cycle.js';
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
  const search: Search = {
    state: new Uint8Array(n), // 0 new, 1 on the stack, 2 done, 3 part of a reported cycle
    stack: new Int32Array(n),
    cursor: new Int32Array(n),
    stackPos: new Int32Array(n),
  };
  const cycles: string[][] = [];
  for (let root = 0; root < n && cycles.length < limit; root++) {
    if (search.state[root] === 0) searchFrom(g, root, search, cycles, limit);
  }
  return cycles;
}

interface Search {
  state: Uint8Array;
  stack: Int32Array;
  /** Next dependency edge to try, per stack level. */
  cursor: Int32Array;
  /** Stack level of each node on the stack. */
  stackPos: Int32Array;
}

/** Iterative depth-first search along depends_on from `root`; each edge back onto the stack closes a cycle. */
function searchFrom(g: GraphIndex, root: number, s: Search, cycles: string[][], limit: number): void {
  let top = -1;
  const push = (i: number) => {
    s.stack[++top] = i;
    s.cursor[top] = g.depStart[i];
    s.state[i] = 1;
    s.stackPos[i] = top;
  };
  push(root);
  while (top >= 0 && cycles.length < limit) {
    const i = s.stack[top];
    if (s.cursor[top] === g.depStart[i + 1]) {
      if (s.state[i] === 1) s.state[i] = 2;
      top--;
      continue;
    }
    const j = g.deps[s.cursor[top]++];
    if (s.state[j] === 0) push(j);
    else if (s.state[j] === 1) {
      const members = s.stack.slice(s.stackPos[j], top + 1);
      cycles.push(cyclePath(g, members));
      for (const m of members) s.state[m] = 3;
    }
  }
}

/** Rotates the members so the earliest declared comes first, and closes the path. */
function cyclePath(g: GraphIndex, members: Int32Array): string[] {
  let start = 0;
  for (let k = 1; k < members.length; k++) if (members[k] < members[start]) start = k;
  const path: string[] = [];
  for (let k = 0; k <= members.length; k++) path.push(g.names[members[(start + k) % members.length]]);
  return path;
}
