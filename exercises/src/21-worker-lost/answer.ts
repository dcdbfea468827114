/** A node of exercise 21: its dependencies and how many attempts its retry policy allows. */
export interface RetryNode {
  name: string;
  dependsOn: string[];
  maxAttempts: number;
}

/** What became of the run when worker `dead` died. */
export interface AfterLoss {
  runAgain: string[];
  failed: string[];
  skipped: string[];
}

/** The nodes that run again, fail, or are skipped once worker `dead` is lost. */
export function afterWorkerLost(
  nodes: RetryNode[],
  finished: Array<{ node: string; worker: string }>,
  running: Array<{ node: string; worker: string; attempt: number }>,
  dead: string,
): AfterLoss {
  // BEGIN SOLUTION
  const lost = new Map(running.filter((r) => r.worker === dead).map((r) => [r.node, r.attempt]));
  const done = new Set(finished.map((f) => f.node));
  const allows = (n: RetryNode): boolean => (lost.get(n.name) ?? Infinity) < n.maxAttempts;
  const failed = new Set(nodes.filter((n) => lost.has(n.name) && !allows(n)).map((n) => n.name));
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const hasFailedAncestor = (name: string): boolean => byName.get(name)!.dependsOn.some((d) => failed.has(d) || hasFailedAncestor(d));
  return {
    runAgain: nodes.filter((n) => lost.has(n.name) && allows(n)).map((n) => n.name),
    failed: nodes.filter((n) => failed.has(n.name)).map((n) => n.name),
    skipped: nodes.filter((n) => !done.has(n.name) && !failed.has(n.name) && hasFailedAncestor(n.name)).map((n) => n.name),
  };
  // END SOLUTION
}
