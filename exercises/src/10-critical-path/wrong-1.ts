// A plausible wrong answer: takes the chain with the most NODES (the deepest
// one) instead of the one with the largest total duration.
export interface PathNode {
  name: string;
  dependsOn: string[];
  durationMs: number;
}

export function criticalPath(nodes: PathNode[]): { path: string[]; durationMs: number } {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const depth = (name: string): number => 1 + Math.max(0, ...byName.get(name)!.dependsOn.map(depth));
  const deepest = (names: string[]) => names.reduce<string | undefined>((best, n) => (best === undefined || depth(n) > depth(best) ? n : best), undefined);
  const path: string[] = [];
  for (let at = deepest(nodes.map((n) => n.name)); at !== undefined; at = deepest(byName.get(at)!.dependsOn)) path.unshift(at);
  return { path, durationMs: path.reduce((sum, n) => sum + byName.get(n)!.durationMs, 0) };
}
