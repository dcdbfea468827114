import { inspect } from 'node:util';
import type { Problem } from '../errors.js';
import { PipelineResults } from '../results/pipeline-results.js';
import type { PipelineResultsData } from '../results/types.js';
import type { StoryModel } from '../story/story-model.js';
import { isChartSpec } from '../viz/chart-spec.js';
import { layersChart } from '../viz/layers-chart.js';
import { layoutNodes } from '../viz/layout-nodes.js';
import { chartBundle } from './chart-bundle.js';
import { errorBundle } from './error-bundle.js';
import { graphNodesOf } from './graph-nodes-of.js';
import type { MimeBundle } from './mime-bundle.js';
import { problemsBundle } from './problems-bundle.js';
import { resultsBundle } from './results-bundle.js';
import { storyBundle } from './story-bundle.js';

function isResultsData(x: unknown): x is PipelineResultsData {
  const r = x as Partial<PipelineResultsData> | null;
  return typeof r === 'object' && r !== null && r.schemaVersion === 1 && Array.isArray(r.nodeResults);
}

function isStory(x: unknown): x is StoryModel {
  return typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'story';
}

function isProblemList(x: unknown): x is Problem[] {
  return Array.isArray(x) && x.every((p) => typeof p?.code === 'string' && typeof p?.message === 'string');
}

/**
 * The MIME bundle `show()` displays for a value: a chart spec, results
 * (PipelineResults or its JSON), a story, an error, a list of problems, or
 * a graph (DependencyGraph, a pipeline, `{ name, dependsOn }[]`) as its
 * layers chart. Anything else is shown as text. Pure: no kernel needed.
 *
 * @example
 * ```ts
 * import { layersChart } from 'odibi-ts';
 * import { toMimeBundle } from 'odibi-ts/dist/src/notebook/to-mime-bundle.js';
 * const bundle = await toMimeBundle(layersChart([{ name: 'a', dependsOn: [] }]));
 * bundle['image/svg+xml']; // '<svg ...'
 * ```
 */
export async function toMimeBundle(x: unknown): Promise<MimeBundle> {
  if (isChartSpec(x)) return chartBundle(x);
  if (x instanceof PipelineResults) return resultsBundle(x.toJSON());
  if (isResultsData(x)) return resultsBundle(x);
  if (isStory(x)) return storyBundle(x);
  if (x instanceof Error) return errorBundle(x);
  if (isProblemList(x)) return problemsBundle(x);
  const nodes = graphNodesOf(x);
  if (nodes) return chartBundle(layersChart(nodes), `graph of ${nodes.length} nodes in ${layoutNodes(nodes).layerCount} layers`);
  return { 'text/plain': typeof x === 'string' ? x : inspect(x, { depth: 4 }) };
}
