/**
 * Cycles between the nodes of each pipeline and between pipelines, found by
 * the graph module's cycle search. Each is placed at the `depends_on` entry
 * of the cycle's first member that points to the next member. Internal.
 */
import { buildGraphIndex } from '../graph/graph-index.js';
import { cycleProblem } from '../graph/check-graph.js';
import { findCycleIndices } from '../graph/find-cycle.js';
import type { GraphKind } from '../graph/graph-node.js';
import type { RawProblem } from './raw-problem.js';
import type { RawEntry, RawPipelineEntry } from './raw-pipelines.js';

/** Cycle problems of the pipelines and of the nodes inside each pipeline. */
export function cycleProblems(pipelines: readonly RawPipelineEntry[]): RawProblem[] {
  const problems = cyclesOf(pipelines, 'pipeline');
  for (const p of pipelines) problems.push(...cyclesOf(p.nodes, 'node').map((x) => ({ ...x, pipeline: p.name })));
  return problems;
}

function cyclesOf(entries: readonly RawEntry[], kind: GraphKind): RawProblem[] {
  const named = entries.filter((e): e is RawEntry & { name: string } => e.name !== undefined);
  const g = buildGraphIndex(named.map((e) => ({ name: e.name, dependsOn: e.dependsOn.map((d) => d.name) })));
  return findCycleIndices(g).map((cycle) => {
    const first = named[g.indexOf.get(cycle[0]) ?? 0];
    const edge = first.dependsOn.find((d) => d.name === cycle[1]);
    const problem = cycleProblem(cycle, kind);
    return { ...problem, path: edge ? [...first.path, 'depends_on', edge.position] : first.path };
  });
}
