// Exercise 21's harness: runs in the grading sandbox and calls the answer with one case's input.

/** Nodes as `[name, dependsOn, maxAttempts]`; finished as `[node, worker]`; running as `[node, worker, attempt]`. */
export interface Ex21Input {
  nodes: Array<[string, string[], number]>;
  finished: Array<[string, string]>;
  running: Array<[string, string, number]>;
  dead: string;
}

/** The answer's lists. */
export function run(afterWorkerLost: any, input: Ex21Input) {
  return afterWorkerLost(
    input.nodes.map(([name, dependsOn, maxAttempts]) => ({ name, dependsOn, maxAttempts })),
    input.finished.map(([node, worker]) => ({ node, worker })),
    input.running.map(([node, worker, attempt]) => ({ node, worker, attempt })),
    input.dead,
  );
}
