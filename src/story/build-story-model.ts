import type { NodeStatus, PipelineResultsData } from '../results/types.js';
import { layersChart } from '../viz/layers-chart.js';
import { timelineChart } from '../viz/timeline-chart.js';
import { IN_PROCESS, workerAttempts } from '../results/worker-attempts.js';
import { buildStoryNode } from './build-story-node.js';
import { runSummary } from './run-summary.js';
import type { StoryCounts, StoryModel } from './story-model.js';

/** Options of {@link buildStoryModel}. */
export interface StoryModelOptions {
  /** Sample rows shown per node (the project's `story.max_sample_rows`, default 10). */
  maxSampleRows?: number;
}

function countNodes(results: PipelineResultsData): StoryCounts {
  const count = (s: NodeStatus) => results.nodeResults.filter((n) => n.status === s).length;
  return { total: results.nodeResults.length, success: count('success'), failed: count('failed'), skipped: count('skipped'), notRun: count('notRun') };
}

/**
 * Builds the story of a run from its results (`PipelineResults` or its JSON): the header (pipeline, status,
 * times, counts), a plain-language summary, the layers chart and timeline
 * specs, the workers and what each ran (queue executor), and one section per node. Render it with `renderMarkdown`,
 * `renderHtml` or `show`.
 *
 * @example
 * ```ts
 * import { buildStoryModel } from 'odibi-ts';
 * import { renderMarkdown } from 'odibi-ts/dist/src/story/render-markdown.js';
 * const story = buildStoryModel(results);
 * story.summary; // '2 of 5 nodes succeeded. B failed ...'
 * ```
 */
export function buildStoryModel(input: PipelineResultsData | { toJSON(): PipelineResultsData }, options: StoryModelOptions = {}): StoryModel {
  const results: PipelineResultsData = 'toJSON' in input && typeof input.toJSON === 'function' ? input.toJSON() : (input as PipelineResultsData);
  const byName = new Map(results.nodeResults.map((n) => [n.name, n]));
  const maxSampleRows = options.maxSampleRows ?? 10;
  return {
    kind: 'story',
    pipeline: results.pipeline,
    project: results.project,
    status: results.status,
    start: results.start,
    end: results.end,
    durationMs: results.durationMs,
    counts: countNodes(results),
    summary: runSummary(results),
    layers: results.layers,
    nodes: results.nodeResults.map((n) => buildStoryNode(n, byName, maxSampleRows)),
    workers: workerAttempts(results).filter((w) => w.worker !== IN_PROCESS),
    charts: { layers: layersChart(results), timeline: timelineChart(results) },
    results,
  };
}
