// A plausible shortcut: each node is put in its layer as soon as the depth-first search
// finishes it, so a dependency declared after the node that needs it lands first in its
// layer. It looks right whenever nodes are declared after their dependencies.
export interface LayerNode {
  name: string;
  dependsOn: string[];
}

export function findLayers(nodes: LayerNode[]): string[][] {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const depth = new Map<string, number>();
  const layers: string[][] = [];
  const visit = (name: string, path: string[]): number => {
    const known = depth.get(name);
    if (known !== undefined) return known;
    if (path.includes(name)) throw new Error(`dependency cycle: ${[...path.slice(path.indexOf(name)), name].join(' -> ')}`);
    const deps = byName.get(name)!.dependsOn;
    const d = deps.length === 0 ? 0 : 1 + Math.max(...deps.map((dep) => visit(dep, [...path, name])));
    depth.set(name, d);
    (layers[d] ??= []).push(name);
    return d;
  };
  for (const n of nodes) visit(n.name, []);
  return layers;
}
