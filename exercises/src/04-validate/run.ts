// Exercise 4's harness: runs in the grading sandbox and calls the answer with one case's input.

/** Nodes as `[name, dependsOn, connection?]`, and the declared connections. */
export interface Ex4Input {
  nodes: Array<[string, string[], string?]>;
  connections: string[];
}

/** The answer's `{ errors, warnings }`. */
export function run(validatePipeline: any, input: Ex4Input) {
  const nodes = input.nodes.map(([name, dependsOn, connection]) => (connection === undefined ? { name, dependsOn } : { name, dependsOn, connection }));
  return validatePipeline(nodes, input.connections);
}
