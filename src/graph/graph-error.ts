/**
 * The error a graph throws when it cannot be built: its `code` is the first
 * problem's, its message lists them all, and `problems` keeps them as data.
 *
 * @example
 * ```ts
 * import { DependencyGraph, GraphError } from 'odibi-ts';
 * try {
 *   DependencyGraph.fromNodes([{ name: 'a', dependsOn: ['a'] }]);
 * } catch (e) {
 *   if (e instanceof GraphError) console.log(e.code, e.problems.length); // GRAPH_CYCLE 1
 * }
 * ```
 */
import { OdibiError, type Problem } from '../errors.js';
import type { GraphIndex } from './graph-index.js';
import type { GraphKind } from './graph-node.js';
import { graphProblems } from './check-graph.js';

export class GraphError extends OdibiError {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const first = problems[0];
    const rest = problems.slice(1).map((p) => `\n  ${p.message}${p.hint ? ` (${p.hint})` : ''}`);
    super(first.code, first.message + rest.join(''), { hint: first.hint, node: first.node, pipeline: first.pipeline });
    this.name = 'GraphError';
    this.problems = problems;
  }
}

/** Throws a GraphError with every problem of `g`. */
export function throwGraphProblems(g: GraphIndex, kind: GraphKind): never {
  throw new GraphError(graphProblems(g, kind));
}
