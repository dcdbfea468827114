// Exercise 7's harness: runs in the grading sandbox and calls the answer with one case's input.

/** Nodes as `[name, dependsOn, durationMs]`, and how many may run at once. */
export interface Ex7Input {
  nodes: Array<[string, string[], number]>;
  maxWorkers: number;
}

/** The answer's schedule. */
export function run(scheduleDynamic: any, input: Ex7Input) {
  return scheduleDynamic(input.nodes.map(([name, dependsOn, durationMs]) => ({ name, dependsOn, durationMs })), input.maxWorkers);
}
