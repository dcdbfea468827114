/** A node of exercise 8. */
export interface ContextNode {
  name: string;
  dependsOn: string[];
}

/** What the context holds after one node ran. */
export interface ReleaseStep {
  node: string;
  released: string[];
  held: string[];
}

/** Plans when each table can leave the context: right after its last consumer ran. */
export function planReleases(nodes: ContextNode[], keep: string[]): { steps: ReleaseStep[]; peak: number } {
  // BEGIN SOLUTION
  const consumers = new Map<string, number>();
  for (const n of nodes) for (const d of n.dependsOn) consumers.set(d, (consumers.get(d) ?? 0) + 1);
  let held: string[] = [];
  let peak = 0;
  const steps: ReleaseStep[] = [];
  for (const n of nodes) {
    held.push(n.name);
    peak = Math.max(peak, held.length);
    const released: string[] = [];
    for (const d of n.dependsOn) {
      const left = consumers.get(d)! - 1;
      consumers.set(d, left);
      if (left === 0 && !keep.includes(d)) released.push(d);
    }
    held = held.filter((t) => !released.includes(t));
    steps.push({ node: n.name, released, held: [...held] });
  }
  return { steps, peak };
  // END SOLUTION
}
