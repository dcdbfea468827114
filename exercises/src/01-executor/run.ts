// Exercise 1's harness: runs in the grading sandbox and calls the answer with one case's input.

/** Nodes as `[name, dependsOn]` pairs; the nodes named in `failing` throw when run. */
export interface Ex1Input {
  nodes: Array<[string, string[]]>;
  failing: string[];
}

/** The answer's outcome, and the nodes it asked to run, in order. */
export function run(executePipeline: any, input: Ex1Input) {
  const ran: string[] = [];
  const runNode = (name: string) => {
    ran.push(name);
    if (input.failing.includes(name)) throw new Error(`${name} failed`);
  };
  const outcome = executePipeline(input.nodes.map(([name, dependsOn]) => ({ name, dependsOn })), runNode);
  return { outcome, ran };
}
