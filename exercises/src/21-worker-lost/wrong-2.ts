// A plausible wrong answer: skips only the direct children of a failed node, so a grandchild
// is left waiting for a table that will never come.
export interface RetryNode {
  name: string;
  dependsOn: string[];
  maxAttempts: number;
}

export function afterWorkerLost(
  nodes: RetryNode[],
  finished: Array<{ node: string; worker: string }>,
  running: Array<{ node: string; worker: string; attempt: number }>,
  dead: string,
) {
  const lost = new Map(running.filter((r) => r.worker === dead).map((r) => [r.node, r.attempt]));
  const failed = new Set(nodes.filter((n) => lost.has(n.name) && lost.get(n.name)! >= n.maxAttempts).map((n) => n.name));
  const done = new Set(finished.map((f) => f.node));
  return {
    runAgain: nodes.filter((n) => lost.has(n.name) && !failed.has(n.name)).map((n) => n.name),
    failed: nodes.filter((n) => failed.has(n.name)).map((n) => n.name),
    skipped: nodes.filter((n) => !done.has(n.name) && n.dependsOn.some((d) => failed.has(d))).map((n) => n.name),
  };
}
