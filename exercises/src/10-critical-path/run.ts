// Exercise 10's harness: runs in the grading sandbox and calls the answer with one case's input.

/** Nodes as `[name, dependsOn, durationMs]`. */
export interface Ex10Input {
  nodes: Array<[string, string[], number]>;
}

/** The answer's critical path. */
export function run(criticalPath: any, input: Ex10Input) {
  return criticalPath(input.nodes.map(([name, dependsOn, durationMs]) => ({ name, dependsOn, durationMs })));
}
