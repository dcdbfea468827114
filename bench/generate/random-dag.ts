/**
 * Seeded random DAGs: node i depends on 2 to 4 distinct nodes created before
 * it (3 on average), chosen uniformly; then the declaration order is
 * shuffled, so dependencies point both backwards and forwards in the list.
 */
import { writeFileSync } from 'node:fs';
import { randomInt, seededRandom, shuffle } from '../lib/seeded-random.js';

export interface DagNode {
  name: string;
  dependsOn: string[];
}

export interface RandomDagOptions {
  seed?: number;
  minDeps?: number;
  maxDeps?: number;
  /** Keep creation order instead of shuffling the declaration order. */
  ordered?: boolean;
}

/** A random DAG of `n` nodes named `n0`..`n{n-1}`. */
export function randomDag(n: number, options: RandomDagOptions = {}): DagNode[] {
  const random = seededRandom(options.seed ?? 1);
  const minDeps = options.minDeps ?? 2;
  const maxDeps = options.maxDeps ?? 4;
  const nodes: DagNode[] = [];
  for (let i = 0; i < n; i++) {
    const k = Math.min(i, randomInt(random, minDeps, maxDeps));
    const deps = new Set<number>();
    while (deps.size < k) deps.add(Math.floor(random() * i));
    nodes.push({ name: `n${i}`, dependsOn: [...deps].map((d) => `n${d}`) });
  }
  return options.ordered ? nodes : shuffle(random, nodes);
}

/** Writes a DAG as text for the Python peers: one line per node, `name<TAB>dep,dep,...`. */
export function writeDagFile(nodes: DagNode[], file: string): void {
  const lines = nodes.map((n) => `${n.name}\t${n.dependsOn.join(',')}`);
  writeFileSync(file, lines.join('\n') + '\n');
}

/** Number of edges in a DAG. */
export function edgeCount(nodes: DagNode[]): number {
  let edges = 0;
  for (const node of nodes) edges += node.dependsOn.length;
  return edges;
}
