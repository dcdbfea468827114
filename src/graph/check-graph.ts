/**
 * Everything wrong with a graph, as data: duplicate names, dependencies on
 * names no node has (with a did-you-mean) and cycles (as paths).
 *
 * @example
 * ```ts
 * import { checkGraph } from 'odibi-ts/dist/src/graph/check-graph.js';
 * checkGraph([{ name: 'a', dependsOn: ['b'] }, { name: 'b', dependsOn: ['a'] }]);
 * // [{ code: 'GRAPH_CYCLE', message: 'dependency cycle: a -> b -> a', ... }]
 * ```
 */
import type { Problem } from '../errors.js';
import { ERROR_CODES } from '../error-codes.js';
import { closestMatch } from '../text/closest-match.js';
import { buildGraphIndex, type GraphIndex } from './graph-index.js';
import type { GraphKind, GraphNode } from './graph-node.js';
import { findCycleIndices } from './find-cycle.js';

/** The problems of `nodes` (empty when the graph is valid). */
export function checkGraph(nodes: readonly GraphNode[], kind: GraphKind = 'node'): Problem[] {
  return graphProblems(buildGraphIndex(nodes), kind);
}

/** The problems of an index-form graph. */
export function graphProblems(g: GraphIndex, kind: GraphKind): Problem[] {
  const problems: Problem[] = [];
  for (const d of g.duplicates) {
    problems.push({
      code: 'GRAPH_DUPLICATE_NODE',
      message: `${kind} "${d.name}" is defined more than once (entries ${d.first + 1} and ${d.index + 1})`,
      hint: `give each ${kind} a unique name`,
      [kind]: d.name,
    });
  }
  for (const m of g.missing) {
    const closest = closestMatch(m.dep, g.names);
    problems.push({
      code: 'GRAPH_MISSING_DEPENDENCY',
      message: `"${g.names[m.node]}" depends on "${m.dep}", which is not in the graph`,
      hint: closest ? `did you mean "${closest}"?` : `add a ${kind} named "${m.dep}" or remove the dependency`,
      [kind]: g.names[m.node],
    });
  }
  for (const cycle of findCycleIndices(g)) problems.push(cycleProblem(cycle, kind));
  return problems;
}

/** The problem for one cycle path such as `['a', 'b', 'a']`. */
export function cycleProblem(cycle: readonly string[], kind: GraphKind): Problem {
  const code = kind === 'pipeline' ? 'GRAPH_PIPELINE_CYCLE' : 'GRAPH_CYCLE';
  const prefix = kind === 'pipeline' ? 'pipeline dependency cycle' : 'dependency cycle';
  return { code, message: `${prefix}: ${cycle.join(' -> ')}`, hint: ERROR_CODES[code].hint, [kind]: cycle[0] };
}
