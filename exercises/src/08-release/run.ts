// Exercise 8's harness: runs in the grading sandbox and calls the answer with one case's input.

/** Nodes as `[name, dependsOn]` in execution order, and the tables to keep. */
export interface Ex8Input {
  nodes: Array<[string, string[]]>;
  keep: string[];
}

/** The answer's release plan. */
export function run(planReleases: any, input: Ex8Input) {
  return planReleases(input.nodes.map(([name, dependsOn]) => ({ name, dependsOn })), input.keep);
}
