// A plausible wrong answer: runs the nodes in declaration order, as if the
// runner read the file top to bottom, instead of layer by layer.
export interface PlanNode {
  name: string;
  dependsOn?: string[];
}

export type Outcome = 'success' | 'failed' | 'skipped: upstream_failed' | 'skipped: fail_fast';

export function predictOutcome(nodes: PlanNode[], failing: string, onError: 'fail_fast' | 'fail_later'): Record<string, Outcome> {
  const outcome: Record<string, Outcome> = {};
  let stopped = false;
  for (const node of nodes) {
    const failedUpstream = (node.dependsOn ?? []).some((d) => outcome[d] === 'failed' || outcome[d] === 'skipped: upstream_failed');
    if (failedUpstream) outcome[node.name] = 'skipped: upstream_failed';
    else if (stopped) outcome[node.name] = 'skipped: fail_fast';
    else if (node.name === failing) {
      outcome[node.name] = 'failed';
      stopped = onError === 'fail_fast';
    } else outcome[node.name] = 'success';
  }
  return outcome;
}
