// A plausible wrong answer: releases a table right after its FIRST consumer,
// so a second consumer would find it gone.
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
  let held: string[] = [];
  let peak = 0;
  const steps: ReleaseStep[] = [];
  for (const n of nodes) {
    held.push(n.name);
    peak = Math.max(peak, held.length);
    const released = n.dependsOn.filter((d) => held.includes(d) && !keep.includes(d));
    held = held.filter((t) => !released.includes(t));
    steps.push({ node: n.name, released, held: [...held] });
  }
  return { steps, peak };
}
