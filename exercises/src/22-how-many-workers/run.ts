// Exercise 22's harness: runs in the grading sandbox and calls the answer with one case's input.

/** Nodes as `[name, dependsOn, durationMs]`, and the queue's overhead per node. */
export interface Ex22Input {
  nodes: Array<[string, string[], number]>;
  overheadMs: number;
}

/** The answer's choice. */
export function run(workersNeeded: any, input: Ex22Input) {
  return workersNeeded(input.nodes.map(([name, dependsOn, durationMs]) => ({ name, dependsOn, durationMs })), input.overheadMs);
}
