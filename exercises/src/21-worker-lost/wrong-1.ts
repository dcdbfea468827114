// A plausible wrong answer: believes a worker's tables die with it, so every node the dead
// worker finished runs again too.
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
  const redo = new Set(finished.filter((f) => f.worker === dead).map((f) => f.node));
  const failed = new Set(nodes.filter((n) => lost.has(n.name) && lost.get(n.name)! >= n.maxAttempts).map((n) => n.name));
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const below = (name: string): boolean => byName.get(name)!.dependsOn.some((d) => failed.has(d) || below(d));
  const done = new Set(finished.map((f) => f.node));
  return {
    runAgain: nodes.filter((n) => redo.has(n.name) || (lost.has(n.name) && !failed.has(n.name))).map((n) => n.name),
    failed: nodes.filter((n) => failed.has(n.name)).map((n) => n.name),
    skipped: nodes.filter((n) => !done.has(n.name) && !failed.has(n.name) && below(n.name)).map((n) => n.name),
  };
}
