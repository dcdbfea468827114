/**
 * The plan of a project: its pipelines in dependency order, and for each the
 * order and layers of its nodes. What `odibi plan` prints; nothing runs.
 *
 * @example
 * ```ts
 * import { loadProject } from 'odibi-ts';
 * import { planProject } from 'odibi-ts/dist/src/config/plan-project.js';
 * const plan = planProject(loadProject('../test/fixtures/config/course-layers.yaml'));
 * plan.customers.layers; // [['raw_customers', 'raw_orders'], ['clean_customers', 'clean_orders'], ['customer_orders']]
 * ```
 */
import { OdibiError } from '../errors.js';
import { DependencyGraph } from '../graph/dependency-graph.js';
import { closestMatch } from '../text/closest-match.js';
import type { PipelineConfig, ProjectConfig } from './types.js';

/** Order and layers of one pipeline's nodes. */
export interface PipelinePlan {
  order: string[];
  layers: string[][];
}

/** Pipeline name -> its plan, keys in pipeline dependency order. */
export type ProjectPlan = Record<string, PipelinePlan>;

/** The project's pipelines, each after the pipelines it depends on (declaration order breaks ties). */
export function orderPipelines(project: ProjectConfig): PipelineConfig[] {
  const graph = DependencyGraph.fromNodes(project.pipelines.map((p) => ({ name: p.name, dependsOn: p.dependsOn })), { kind: 'pipeline' });
  const byName = new Map(project.pipelines.map((p) => [p.name, p]));
  return graph.order().map((name) => byName.get(name)!);
}

/** What to plan: one pipeline, and a node selection inside it. */
export interface PlanOptions {
  /** Only this pipeline (OdibiError PIPELINE_UNKNOWN if there is none of that name). */
  pipeline?: string;
  /** Only the nodes this selection matches (`+name`, `name+`, `tag:x`...); needs a single pipeline. */
  select?: string;
}

/** The plan of every pipeline, or of the one and the nodes `options` pick. */
export function planProject(project: ProjectConfig, options: PlanOptions = {}): ProjectPlan {
  let pipelines = orderPipelines(project);
  if (options.pipeline !== undefined) {
    const wanted = options.pipeline;
    pipelines = pipelines.filter((p) => p.name === wanted);
    if (pipelines.length === 0) throw unknownPipeline(wanted, project);
  }
  if (options.select !== undefined && pipelines.length > 1) {
    throw new OdibiError('USAGE', 'a node selection needs one pipeline, and the project has several', { hint: 'add --pipeline NAME (or { pipeline } in code)' });
  }
  const plan: ProjectPlan = {};
  for (const pipeline of pipelines) {
    let graph = DependencyGraph.fromNodes(pipeline.nodes);
    if (options.select !== undefined) graph = graph.subgraph(graph.select(options.select));
    plan[pipeline.name] = { order: graph.order(), layers: graph.layers() };
  }
  return plan;
}

function unknownPipeline(name: string, project: ProjectConfig): OdibiError {
  const names = project.pipelines.map((p) => p.name);
  const closest = closestMatch(name, names);
  return new OdibiError('PIPELINE_UNKNOWN', `no pipeline named "${name}"; available: ${names.join(', ')}`, {
    hint: closest ? `did you mean "${closest}"?` : 'pass one of the available names',
    pipeline: name,
  });
}
