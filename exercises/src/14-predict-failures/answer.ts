/** A node of the pipeline: its name and what it depends on. */
export interface PlanNode {
  name: string;
  dependsOn?: string[];
}

/** How a node ends up: `success`, `failed`, `skipped: upstream_failed` or `skipped: fail_fast`. */
export type Outcome = 'success' | 'failed' | 'skipped: upstream_failed' | 'skipped: fail_fast';

/** Predicts every node's outcome of a sequential run in which `failing` fails. */
export function predictOutcome(nodes: PlanNode[], failing: string, onError: 'fail_fast' | 'fail_later'): Record<string, Outcome> {
  // BEGIN SOLUTION
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const layers = new Map<string, number>();
  const layerOf = (name: string): number => {
    if (!layers.has(name)) layers.set(name, Math.max(-1, ...(byName.get(name)?.dependsOn ?? []).map(layerOf)) + 1);
    return layers.get(name)!;
  };
  // The sequential order: lowest layer first, declaration order within a layer (sort is stable).
  const order = [...nodes].sort((a, b) => layerOf(a.name) - layerOf(b.name));
  const outcome: Record<string, Outcome> = {};
  let stopped = false;
  for (const node of order) {
    // Only a failure upstream makes `upstream_failed`: a node after a fail_fast skip was merely not started.
    const failedUpstream = (node.dependsOn ?? []).some((d) => outcome[d] === 'failed' || outcome[d] === 'skipped: upstream_failed');
    if (failedUpstream) outcome[node.name] = 'skipped: upstream_failed';
    else if (stopped) outcome[node.name] = 'skipped: fail_fast';
    else if (node.name === failing) {
      outcome[node.name] = 'failed';
      stopped = onError === 'fail_fast';
    } else outcome[node.name] = 'success';
  }
  return Object.fromEntries(nodes.map((n) => [n.name, outcome[n.name]!]));
  // END SOLUTION
}
