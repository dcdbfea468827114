// A plausible wrong answer: as many workers as the widest layer, and the critical path's length.
export interface WorkNode {
  name: string;
  dependsOn: string[];
  durationMs: number;
}

export function workersNeeded(nodes: WorkNode[], overheadMs: number) {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const layer = (name: string): number => Math.max(-1, ...byName.get(name)!.dependsOn.map(layer)) + 1;
  const finish = (name: string): number => byName.get(name)!.durationMs + overheadMs + Math.max(0, ...byName.get(name)!.dependsOn.map(finish));
  const widths = new Map<number, number>();
  for (const n of nodes) widths.set(layer(n.name), (widths.get(layer(n.name)) ?? 0) + 1);
  return { workers: Math.max(0, ...widths.values()), durationMs: Math.max(0, ...nodes.map((n) => finish(n.name))) };
}
