/** A node of the pipeline: its name and what it depends on. */
export interface AliveNode {
  name: string;
  dependsOn?: string[];
}

/** The tables alive after each node ended (sorted names), and the most alive at once. */
export interface AlivePrediction {
  after: Record<string, string[]>;
  peak: number;
}

/** Predicts the context of a sequential run: the tables alive after each node, and the peak. */
export function predictAlive(nodes: AliveNode[]): AlivePrediction {
  // BEGIN SOLUTION
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const layerOf = (name: string): number => Math.max(-1, ...(byName.get(name)?.dependsOn ?? []).map(layerOf)) + 1;
  const order = [...nodes].sort((a, b) => layerOf(a.name) - layerOf(b.name));
  // How many consumers of each table have not ended yet.
  const waiting = new Map(nodes.map((n) => [n.name, nodes.filter((m) => (m.dependsOn ?? []).includes(n.name)).length]));
  const alive = new Set<string>();
  const after: Record<string, string[]> = {};
  let peak = 0;
  for (const node of order) {
    alive.add(node.name); // registered first...
    peak = Math.max(peak, alive.size);
    for (const dep of node.dependsOn ?? []) {
      waiting.set(dep, waiting.get(dep)! - 1);
      if (waiting.get(dep) === 0) alive.delete(dep); // ...then what no one needs any more is released
    }
    after[node.name] = [...alive].sort();
  }
  return { after, peak };
  // END SOLUTION
}
