import { ATTEMPT_OUTCOMES, workerAttempts } from '../results/worker-attempts.js';
import type { PipelineResultsData } from '../results/types.js';
import { VEGA_LITE_SCHEMA, type ChartSpec } from './chart-spec.js';

/** Colours of an attempt's outcome: the status colours for succeeded and failed; lost is the retry purple of the progress view. */
const OUTCOMES = { domain: [...ATTEMPT_OUTCOMES], range: ['#2e7d32', '#c62828', '#7b3294'] };

/**
 * The run laid out by worker: one lane per worker (in order of its first
 * attempt), one bar per attempt it took, labelled with the node and coloured
 * by how the attempt ended (`lost`: its worker died during it). A node that
 * was lost on one worker shows up again, later, in another lane. Reached
 * through `timelineChart(results, { by: 'worker' })`.
 *
 * @example
 * ```ts
 * import { timelineChart, renderSvg } from 'odibi-ts';
 * const svg = await renderSvg(timelineChart(results, { by: 'worker' }));
 * ```
 */
export function workerTimelineChart(results: PipelineResultsData, options: { title?: string; width?: number } = {}): ChartSpec {
  const workers = workerAttempts(results);
  const lanes = workers.map((w) => w.worker);
  const width = options.width ?? 560;
  const span = Math.max(1, results.durationMs, ...workers.flatMap((w) => w.attempts.map((a) => a.startOffsetMs + a.durationMs)));
  const bars = workers.flatMap((w) => w.attempts.map((a) => ({
    worker: w.worker, node: a.node, attempt: a.attempt, outcome: a.outcome, code: a.code ?? '',
    start: a.startOffsetMs, end: a.startOffsetMs + a.durationMs,
    label: fitLabel(a.attempt > 1 ? `${a.node} #${a.attempt}` : a.node, (a.durationMs / span) * width),
  })));
  const lost = bars.filter((b) => b.outcome === 'lost').length;
  const y = { field: 'worker', type: 'nominal', title: null, sort: lanes, scale: { domain: lanes } };
  const x = { type: 'quantitative', title: 'milliseconds since start', scale: { zero: true, nice: false } };
  const subtitle = `${lanes.length} worker${lanes.length === 1 ? '' : 's'}, ${bars.length} attempts${lost ? `, ${lost} lost with a worker` : ''}; a bar is one attempt, labelled with its node`;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: options.title ?? `${results.pipeline}: ${results.status} in ${Math.round(results.durationMs)} ms, by worker`, subtitle },
    width,
    height: Math.max(60, lanes.length * 34),
    layer: [
      {
        name: 'attempts',
        data: { values: bars },
        mark: { type: 'bar', height: 24, stroke: 'white', strokeWidth: 1 },
        encoding: {
          y, x: { ...x, field: 'start' }, x2: { field: 'end' },
          color: { field: 'outcome', type: 'nominal', title: 'attempt', scale: OUTCOMES },
          tooltip: [{ field: 'node' }, { field: 'attempt' }, { field: 'outcome' }, { field: 'code' }, { field: 'start' }, { field: 'end' }],
        },
      },
      {
        name: 'labels',
        data: { values: bars },
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 3, fontSize: 9, color: 'white' },
        encoding: { y, x: { ...x, field: 'start' }, text: { field: 'label', type: 'nominal' } },
      },
    ],
  };
}

/** The label that fits a bar `px` wide (about 5.5 px a character at 9 px), cut with an ellipsis, or none; the tooltip names the node anyway. */
function fitLabel(text: string, px: number): string {
  const room = Math.floor((px - 6) / 5.5);
  if (room >= text.length) return text;
  return room >= 4 ? `${text.slice(0, room - 1)}…` : '';
}
