import type { PipelineResultsData } from '../results/types.js';
import { runSummary } from '../story/run-summary.js';
import { chartBundle } from './chart-bundle.js';
import type { MimeBundle } from './mime-bundle.js';
import { runOverviewChart } from './run-overview-chart.js';

/**
 * The results of a run as a MIME bundle: the overview chart (summary,
 * layers with statuses, timeline) and the summary as text.
 *
 * @example
 * ```ts
 * import { resultsBundle } from 'odibi-ts/dist/src/notebook/results-bundle.js';
 * const bundle = await resultsBundle(results.toJSON());
 * ```
 */
export async function resultsBundle(results: PipelineResultsData): Promise<MimeBundle> {
  const lines = results.nodeResults.map((n) => `  ${n.name}: ${n.status}${n.skip?.rootCause ? ` (root cause ${n.skip.rootCause})` : ''}`);
  const text = [`${results.pipeline}: ${results.status} in ${Math.round(results.durationMs)} ms`, runSummary(results), ...lines].join('\n');
  return chartBundle(runOverviewChart(results), text);
}
