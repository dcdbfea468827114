// A plausible wrong answer: releases first and registers after, so the peak
// misses the moment when a node's table and its inputs are alive together.
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
  const waiting = new Map(nodes.map((n) => [n.name, nodes.filter((m) => (m.dependsOn ?? []).includes(n.name)).length]));
  const alive = new Set<string>();
  const after: Record<string, string[]> = {};
  let peak = 0;
  for (const node of order) {
    for (const dep of node.dependsOn ?? []) {
      waiting.set(dep, waiting.get(dep)! - 1);
      if (waiting.get(dep) === 0) alive.delete(dep);
    }
    alive.add(node.name);
    peak = Math.max(peak, alive.size);
    after[node.name] = [...alive].sort();
  }
  return { after, peak };
}
