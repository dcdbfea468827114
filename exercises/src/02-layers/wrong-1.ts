// A plausible wrong answer: places a node one layer after its FIRST dependency
// instead of after the latest one, so a node can land in the same layer as
// something it needs; and it reports a cycle without the path.
export interface LayerNode {
  name: string;
  dependsOn: string[];
}

export function findLayers(nodes: LayerNode[]): string[][] {
  const depth = new Map<string, number>();
  let progress = true;
  while (depth.size < nodes.length && progress) {
    progress = false;
    for (const n of nodes) {
      if (depth.has(n.name)) continue;
      if (n.dependsOn.length === 0) depth.set(n.name, 0);
      else if (depth.has(n.dependsOn[0])) depth.set(n.name, depth.get(n.dependsOn[0])! + 1);
      else continue;
      progress = true;
    }
  }
  if (depth.size < nodes.length) throw new Error('the graph has a cycle');
  const layers: string[][] = [];
  for (const n of nodes) (layers[depth.get(n.name)!] ??= []).push(n.name);
  return layers;
}
