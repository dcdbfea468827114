// A plausible wrong answer: under fail_fast every node that did not run is
// skipped "fail_fast", even those downstream of the failure.
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
    if (stopped) outcome[node.name] = 'skipped: fail_fast';
    else if ((node.dependsOn ?? []).some((d) => outcome[d] !== 'success')) outcome[node.name] = 'skipped: upstream_failed';
    else if (node.name === failing) {
      outcome[node.name] = 'failed';
      stopped = onError === 'fail_fast';
    } else outcome[node.name] = 'success';
  }
  return Object.fromEntries(nodes.map((n) => [n.name, outcome[n.name]!]));
}
