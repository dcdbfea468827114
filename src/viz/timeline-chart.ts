import type { NodeResult, PipelineResultsData } from '../results/types.js';
import { VEGA_LITE_SCHEMA, type ChartSpec } from './chart-spec.js';
import { nodeSpan } from './node-span.js';
import { runCriticalPath } from './run-critical-path.js';
import { statusColorEncoding, statusLabel } from './status-colors.js';

/** Options of {@link timelineChart}. */
export interface TimelineChartOptions {
  title?: string;
  width?: number;
  /** At most this many rows (default {@link TIMELINE_MAX_ROWS}); past it the chart shows a chosen few and says so. */
  maxRows?: number;
}

/** A bar per node is readable (and vega draws it) up to this many nodes. */
export const TIMELINE_MAX_ROWS = 60;

/**
 * The nodes a timeline shows: all of them up to `max`; past it the failed
 * ones, the critical path, then the slowest, in declaration order.
 */
function shownNodes(results: PipelineResultsData, critical: ReadonlySet<string>, max: number): NodeResult[] {
  const all = results.nodeResults;
  if (all.length <= max) return [...all];
  const rank = (n: NodeResult): number => (n.status === 'failed' ? 0 : critical.has(n.name) ? 1 : nodeSpan(n) ? 2 : 3);
  const chosen = new Set([...all].sort((a, b) => rank(a) - rank(b) || b.durationMs - a.durationMs).slice(0, max).map((n) => n.name));
  return all.filter((n) => chosen.has(n.name));
}

function timelineData(nodes: readonly NodeResult[], critical: ReadonlySet<string>) {
  const bars = [];
  const retries = [];
  const unstarted = [];
  for (const n of nodes) {
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
 * Past {@link TIMELINE_MAX_ROWS} nodes it shows that many (the failures, the
 * critical path, then the slowest) and its subtitle says so.
 *
 * @example
 * ```ts
 * import { timelineChart, renderSvg } from 'odibi-ts';
 * const svg = await renderSvg(timelineChart(results));
 * ```
 */
export function timelineChart(results: PipelineResultsData, options: TimelineChartOptions = {}): ChartSpec {
  const critical = new Set(runCriticalPath(results));
  const nodes = shownNodes(results, critical, options.maxRows ?? TIMELINE_MAX_ROWS);
  const { bars, retries, unstarted } = timelineData(nodes, critical);
  const order = nodes.map((n) => n.name);
  const total = results.nodeResults.length;
  const legend = 'outlined: critical path; black tick: a retry began';
  const some = `showing ${nodes.length} of ${total.toLocaleString('en-US')} nodes: failures, the critical path and the slowest`;
  const y = { field: 'node', type: 'nominal', title: null, sort: order, scale: { domain: order } };
  const x = { type: 'quantitative', title: 'milliseconds since start', scale: { zero: true, nice: false } };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: options.title ?? `${results.pipeline}: ${results.status} in ${Math.round(results.durationMs)} ms`,
      subtitle: nodes.length < total ? [legend, some] : legend,
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
