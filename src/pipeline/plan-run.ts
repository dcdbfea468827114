/**
 * Decides which nodes a run starts: the selected ones (all by default);
 * on resume, of those, only the ones that did not succeed last time: the
 * others are reused (their output comes from the context or their write
 * target, see {@link provideInputs}).
 *
 * @example
 * ```ts
 * import { DependencyGraph } from 'odibi-ts';
 * import { planRun } from 'odibi-ts/dist/src/pipeline/plan-run.js';
 * const graph = DependencyGraph.fromNodes([{ name: 'a', dependsOn: [] }, { name: 'b', dependsOn: ['a'] }]);
 * planRun(graph, 'demo', { select: 'b' }).run; // Set { 'b' }
 * ```
 */
import { OdibiError } from '../errors.js';
import type { DependencyGraph } from '../graph/dependency-graph.js';
import { PipelineResults } from '../results/pipeline-results.js';
import type { NodeResult, PipelineResultsData } from '../results/types.js';

export interface RunPlan {
  /** Nodes this run starts. */
  run: Set<string>;
  /** Nodes a previous run completed, with that run's result. */
  reuse: Map<string, NodeResult>;
  /** Why a node that completed before runs again (`output not persisted`). */
  rerunReasons: Map<string, string>;
  /** Nodes that run again without writing: the run being resumed wrote their output already (appended it). */
  withoutWrite: Set<string>;
}

export function planRun(graph: DependencyGraph, pipeline: string, options: { select?: string; resume?: PipelineResults | PipelineResultsData }): RunPlan {
  const selected = options.select !== undefined ? graph.select(options.select) : graph.order();
  const plan: RunPlan = { run: new Set(), reuse: new Map(), rerunReasons: new Map(), withoutWrite: new Set() };
  const prior = options.resume === undefined ? undefined : priorResults(options.resume, pipeline);
  for (const name of selected) {
    const before = prior?.get(name);
    if (before?.status === 'success') plan.reuse.set(name, before);
    else plan.run.add(name);
  }
  return plan;
}

function priorResults(resume: PipelineResults | PipelineResultsData, pipeline: string): Map<string, NodeResult> {
  const data = resume instanceof PipelineResults ? resume.toJSON() : PipelineResults.fromJSON(resume).toJSON();
  if (data.pipeline !== pipeline) {
    throw new OdibiError('PIPELINE_RESUME', `cannot resume pipeline "${pipeline}" from the results of pipeline "${data.pipeline}"`, {
      pipeline, hint: 'pass the results JSON written by a previous run of the same pipeline',
    });
  }
  return new Map(data.nodeResults.map((r) => [r.name, r]));
}
