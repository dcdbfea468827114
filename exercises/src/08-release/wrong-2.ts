// A plausible wrong answer: releases at the right time, but measures the peak after
// releasing, so it misses the moment a node's table and its inputs are all held.
export interface ContextNode {
  name: string;
  dependsOn: string[];
}

export interface ReleaseStep {
  node: string;
  released: string[];
  held: string[];
}

export function planReleases(nodes: ContextNode[], keep: string[]): { steps: ReleaseStep[]; peak: number } {
  const consumers = new Map<string, number>();
  for (const n of nodes) for (const d of n.dependsOn) consumers.set(d, (consumers.get(d) ?? 0) + 1);
  let held: string[] = [];
  let peak = 0;
  const steps: ReleaseStep[] = [];
  for (const n of nodes) {
    held.push(n.name);
    const released: string[] = [];
    for (const d of n.dependsOn) {
      consumers.set(d, consumers.get(d)! - 1);
      if (consumers.get(d) === 0 && !keep.includes(d)) released.push(d);
    }
    held = held.filter((t) => !released.includes(t));
    peak = Math.max(peak, held.length);
    steps.push({ node: n.name, released, held: [...held] });
  }
  return { steps, peak };
}
