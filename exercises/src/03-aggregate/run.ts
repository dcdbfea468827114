// Exercise 3's harness: runs in the grading sandbox and calls the answer with one case's input.

/** Runs as `{ pipeline, nodes: [name, status, durationMs][] }`. */
export interface Ex3Input {
  runs: Array<{ pipeline: string; nodes: Array<[string, string, number]> }>;
}

/** The answer's summary of the runs. */
export function run(summariseRuns: any, input: Ex3Input) {
  return summariseRuns(input.runs.map((r) => ({ pipeline: r.pipeline, nodes: r.nodes.map(([name, status, durationMs]) => ({ name, status, durationMs })) })));
}
