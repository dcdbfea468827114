import type { PipelineResultsData } from '../results/types.js';
import { VEGA_LITE_SCHEMA, type ChartSpec } from './chart-spec.js';
import { nodeSpan } from './node-span.js';
import { runCriticalPath } from './run-critical-path.js';
import { statusColorEncoding, statusLabel } from './status-colors.js';

/** Options of {@link timelineChart}. */
export interface TimelineChartOptions {
  title?: string;
  width?: number;
}

function timelineData(results: PipelineResultsData) {
  const critical = new Set(runCriticalPath(results));
  const bars = [];
  const retries = [];
  const unstarted = [];
  for (const n of results.nodeResults) {
    const span = nodeSpan(n);
    if (!span) {
      const why = n.reused ? 'reused from the previous run' : n.skip?.rootCause ? `skipped (${n.skip.rootCause} failed)` : statusLabel(n.status);
      unstarted.push({ node: n.name, label: why, x: 0 });
      continue;
    }
    const path = critical.has(n.name) ? 'critical path' : 'other';
    bars.push({ node: n.name, start: span.start, end: span.end, status: statusLabel(n.status), path, attempts: n.attempts.length });
    for (const a of n.attempts.slice(1)) retries.push({ node: n.name, at: a.startOffsetMs, attempt: `attempt ${a.attempt}` });
  }
  return { bars, retries, unstarted };
}

/**
 * The run as a Gantt chart: one bar per node that ran, from its start to its
 * end, coloured by status; a black tick where a retry began; nodes on the
 * critical path outlined; nodes that never started listed with the reason.
 *
 * @example
 * ```ts
 * import { timelineChart, renderSvg } from 'odibi-ts';
 * const svg = await renderSvg(timelineChart(results));
 * ```
 */
export function timelineChart(results: PipelineResultsData, options: TimelineChartOptions = {}): ChartSpec {
  const { bars, retries, unstarted } = timelineData(results);
  const order = results.nodeResults.map((n) => n.name);
  const y = { field: 'node', type: 'nominal', title: null, sort: order, scale: { domain: order } };
  const x = { type: 'quantitative', title: 'milliseconds since start', scale: { zero: true, nice: false } };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: options.title ?? `${results.pipeline}: ${results.status} in ${Math.round(results.durationMs)} ms`,
      subtitle: 'outlined: critical path; black tick: a retry began',
    },
    width: options.width ?? 480,
    height: Math.max(60, order.length * 22),
    layer: [
      {
        name: 'bars',
        data: { values: bars },
        mark: { type: 'bar', height: 14 },
        encoding: {
          y,
          x: { ...x, field: 'start' },
          x2: { field: 'end' },
          color: statusColorEncoding('status'),
          stroke: { field: 'path', type: 'nominal', legend: null, scale: { domain: ['critical path', 'other'], range: ['#111111', 'transparent'] } },
          strokeWidth: { value: 2 },
        },
      },
      {
        name: 'retries',
        data: { values: retries },
        mark: { type: 'tick', orient: 'vertical', color: '#111111', thickness: 2, size: 18 },
        encoding: { y, x: { ...x, field: 'at' } },
      },
      {
        name: 'unstarted',
        data: { values: unstarted },
        mark: { type: 'text', align: 'left', baseline: 'middle', fontStyle: 'italic', color: '#555555' },
        encoding: { y, x: { ...x, field: 'x' }, text: { field: 'label', type: 'nominal' } },
      },
    ],
  };
}
