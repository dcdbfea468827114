import type { PipelineResultsData } from '../results/types.js';
import { runSummary } from '../story/run-summary.js';
import { VEGA_LITE_SCHEMA, type ChartSpec } from '../viz/chart-spec.js';
import { layersChart } from '../viz/layers-chart.js';
import { timelineChart } from '../viz/timeline-chart.js';

function wrap(text: string, width = 110): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

function withoutSchema(spec: ChartSpec): Record<string, unknown> {
  const { $schema: _schema, config: _config, ...rest } = spec;
  return rest;
}

/**
 * One chart that tells a run at a glance: the summary as its title, the
 * layers with statuses above the timeline.
 *
 * @example
 * ```ts
 * import { renderSvg } from 'odibi-ts';
 * import { runOverviewChart } from 'odibi-ts/dist/src/notebook/run-overview-chart.js';
 * const svg = await renderSvg(runOverviewChart(results.toJSON()));
 * ```
 */
export function runOverviewChart(results: PipelineResultsData): ChartSpec {
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: `${results.pipeline}: ${results.status}`, subtitle: wrap(runSummary(results)), anchor: 'start', fontSize: 15 },
    vconcat: [withoutSchema(layersChart(results)), withoutSchema(timelineChart(results))],
    config: { view: { stroke: null } },
  };
}
