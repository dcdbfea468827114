// Exercise 5's harness: runs in the grading sandbox and calls the answer with one case's input.

/** Nodes as `[name, dependsOn, durationMs, failureRate]`, a seed, and whether to run twice. */
export interface Ex5Input {
  nodes: Array<[string, string[], number, number]>;
  seed: number;
  twice?: boolean;
}

/** The answer's simulated run (two of them, with the same seed, when `twice`). */
export function run(simulateRun: any, input: Ex5Input) {
  const nodes = () => input.nodes.map(([name, dependsOn, durationMs, failureRate]) => ({ name, dependsOn, durationMs, failureRate }));
  return input.twice ? [simulateRun(nodes(), input.seed), simulateRun(nodes(), input.seed)] : simulateRun(nodes(), input.seed);
}
