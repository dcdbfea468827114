import type { NodeResult, PipelineResultsData } from '../results/types.js';
import { VEGA_LITE_SCHEMA, type ChartSpec } from './chart-spec.js';
import { explainDuration } from './explain-duration.js';
import { nodeSpan } from './node-span.js';
import { statusColorEncoding, statusLabel } from './status-colors.js';
import { workerTimelineChart } from './worker-timeline-chart.js';

/** Options of {@link timelineChart}. */
export interface TimelineChartOptions {
  title?: string;
  width?: number;
  /** At most this many rows (default {@link TIMELINE_MAX_ROWS}); past it the chart shows a chosen few and says so. */
  maxRows?: number;
  /** `node` (default): one row per node. `worker`: one lane per worker, one bar per attempt (see `workerTimelineChart`). */
  by?: 'node' | 'worker';
}

/** A bar per node is readable (and vega draws it) up to this many nodes. */
export const TIMELINE_MAX_ROWS = 60;

const WAIT_LABELS = { barrier: 'waiting at the layer barrier', slot: 'waiting for a free slot' } as const;

/**
 * The nodes a timeline shows: all of them up to `max`; past it the failed
 * ones, those that made the run long, then the slowest, in declaration order.
 */
function shownNodes(results: PipelineResultsData, critical: ReadonlySet<string>, max: number): NodeResult[] {
  const all = results.nodeResults;
  if (all.length <= max) return [...all];
  const rank = (n: NodeResult): number => (n.status === 'failed' ? 0 : critical.has(n.name) ? 1 : nodeSpan(n) ? 2 : 3);
  const chosen = new Set([...all].sort((a, b) => rank(a) - rank(b) || b.durationMs - a.durationMs).slice(0, max).map((n) => n.name));
  return all.filter((n) => chosen.has(n.name));
}

function timelineData(results: PipelineResultsData, maxRows: number) {
  const why = explainDuration(results);
  const critical = new Set(why.chain.map((l) => l.node));
  const nodes = shownNodes(results, critical, maxRows);
  const shown = new Set(nodes.map((n) => n.name));
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
    const path = critical.has(n.name) ? 'made the run long' : 'other';
    bars.push({ node: n.name, start: span.start, end: span.end, status: statusLabel(n.status), path, attempts: n.attempts.length });
    for (const a of n.attempts.slice(1)) retries.push({ node: n.name, at: a.startOffsetMs, attempt: `attempt ${a.attempt}` });
  }
  const waits = why.waits.filter((w) => shown.has(w.node)).map((w) => ({ node: w.node, start: w.readyMs, end: w.startMs, why: WAIT_LABELS[w.cause] }));
  const barriers = why.barriers.map((b) => ({ at: b.atMs, label: `layer ${b.layer}` }));
  return { nodes, bars, retries, unstarted, waits, barriers };
}

/**
 * The run as a Gantt chart: one bar per node that ran, from its start to its
 * end, coloured by status; a black tick where a retry began; nodes that never
 * started listed with the reason. What made the run as long as it was (see
 * `explainDuration`) is drawn on it: the chain of nodes outlined, a pale bar
 * where a ready node waited (at a layer barrier, or for a free slot), and
 * under `layers` a dashed line where each layer could start. Past
 * {@link TIMELINE_MAX_ROWS} nodes it shows that many (the failures, the nodes
 * that made the run long, then the slowest) and its subtitle says so.
 * With `by: 'worker'` it lays the run out by worker instead: one lane per
 * worker that took an attempt, where a node lost with its worker shows up
 * again in another lane.
 *
 * @example
 * ```ts
 * import { timelineChart, renderSvg } from 'odibi-ts';
 * const svg = await renderSvg(timelineChart(results));
 * const byWorker = await renderSvg(timelineChart(results, { by: 'worker' }));
 * ```
 */
export function timelineChart(results: PipelineResultsData, options: TimelineChartOptions = {}): ChartSpec {
  if (options.by === 'worker') return workerTimelineChart(results, options);
  const { nodes, bars, retries, unstarted, waits, barriers } = timelineData(results, options.maxRows ?? TIMELINE_MAX_ROWS);
  const order = nodes.map((n) => n.name);
  const total = results.nodeResults.length;
  const legend = 'outlined: what made the run this long; pale: ready, but waiting; black tick: a retry began';
  const some = `showing ${nodes.length} of ${total.toLocaleString('en-US')} nodes: failures, what made the run long and the slowest`;
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
        name: 'waits',
        data: { values: waits },
        mark: { type: 'bar', height: 6, color: '#c9ced6' },
        encoding: { y, x: { ...x, field: 'start' }, x2: { field: 'end' }, tooltip: [{ field: 'node' }, { field: 'why' }] },
      },
      {
        name: 'barriers',
        data: { values: barriers },
        mark: { type: 'rule', strokeDash: [4, 3], color: '#555555' },
        encoding: { x: { ...x, field: 'at' }, tooltip: [{ field: 'label' }] },
      },
      {
        name: 'barrier_labels',
        data: { values: barriers },
        mark: { type: 'text', align: 'left', baseline: 'top', dx: 3, dy: 2, fontSize: 9, color: '#555555' },
        encoding: { x: { ...x, field: 'at' }, y: { value: 0 }, text: { value: 'barrier' } },
      },
      {
        name: 'bars',
        data: { values: bars },
        mark: { type: 'bar', height: 14 },
        encoding: {
          y,
          x: { ...x, field: 'start' },
          x2: { field: 'end' },
          color: statusColorEncoding('status'),
          stroke: { field: 'path', type: 'nominal', legend: null, scale: { domain: ['made the run long', 'other'], range: ['#111111', 'transparent'] } },
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
