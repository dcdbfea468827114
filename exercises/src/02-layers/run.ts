// Exercise 2's harness: runs in the grading sandbox and calls the answer with one case's input.
import { captureError } from '../../../src/grading/capture-error.js';

/** Nodes as `[name, dependsOn]` pairs. */
export interface Ex2Input {
  nodes: Array<[string, string[]]>;
}

/** `{ returned: layers }`, or `{ error: message }` when the answer threw. */
export function run(findLayers: any, input: Ex2Input) {
  return captureError(() => findLayers(input.nodes.map(([name, dependsOn]) => ({ name, dependsOn }))));
}
