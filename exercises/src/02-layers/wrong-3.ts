// A plausible shortcut: the layers are right, but each one is sorted by name,
// which looks the same whenever the names happen to be declared alphabetically.
export interface LayerNode {
  name: string;
  dependsOn: string[];
}

export function findLayers(nodes: LayerNode[]): string[][] {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const depth = new Map<string, number>();
  const visit = (name: string, path: string[]): number => {
    const known = depth.get(name);
    if (known !== undefined) return known;
    if (path.includes(name)) throw new Error(`dependency cycle: ${[...path.slice(path.indexOf(name)), name].join(' -> ')}`);
    const deps = byName.get(name)!.dependsOn;
    const d = deps.length === 0 ? 0 : 1 + Math.max(...deps.map((dep) => visit(dep, [...path, name])));
    depth.set(name, d);
    return d;
  };
  const layers: string[][] = [];
  for (const n of nodes) (layers[visit(n.name, [])] ??= []).push(n.name);
  return layers.map((layer) => [...layer].sort());
}
