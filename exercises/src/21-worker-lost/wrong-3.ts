// A plausible wrong answer: forgets the retry policy, so every lost node runs again, even one
// that has used its last attempt.
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
  const lost = new Set(running.filter((r) => r.worker === dead).map((r) => r.node));
  return { runAgain: nodes.filter((n) => lost.has(n.name)).map((n) => n.name), failed: [], skipped: [] };
}
