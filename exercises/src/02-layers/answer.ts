/** A node of exercise 2. */
export interface LayerNode {
  name: string;
  dependsOn: string[];
}

/** Groups nodes into execution layers; throws an Error showing the cycle as `a -> b -> a` when there is one. */
export function findLayers(nodes: LayerNode[]): string[][] {
  // BEGIN SOLUTION
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const depth = new Map<string, number>();
  const visit = (name: string, path: string[]): number => {
    const known = depth.get(name);
    if (known !== undefined) return known;
    const at = path.indexOf(name);
    if (at >= 0) throw new Error(`dependency cycle: ${[...path.slice(at), name].join(' -> ')}`);
    const deps = byName.get(name)!.dependsOn;
    const d = deps.length === 0 ? 0 : 1 + Math.max(...deps.map((dep) => visit(dep, [...path, name])));
    depth.set(name, d);
    return d;
  };
  const layers: string[][] = [];
  for (const n of nodes) visit(n.name, []);
  for (const n of nodes) (layers[depth.get(n.name)!] ??= []).push(n.name);
  return layers;
  // END SOLUTION
}
