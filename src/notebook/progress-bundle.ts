import { formatDuration } from '../story/format-duration.js';
import { html } from '../story/safe-html.js';
import type { MimeBundle } from './mime-bundle.js';
import type { NodeProgress, ProgressState } from './progress-state.js';

const COLORS: Record<NodeProgress['state'], string> = {
  waiting: '#bdbdbd', running: '#1f5f99', retrying: '#7b3294', success: '#2e7d32', failed: '#c62828', skipped: '#ef8f00', notRun: '#9e9e9e',
};
const MAX_ROWS = 40;
const CELL = 'padding:1px 8px;text-align:left;';

function counts(state: ProgressState) {
  const c = { done: 0, success: 0, failed: 0, skipped: 0, running: 0 };
  for (const n of state.nodes) {
    if (n.state === 'success' || n.state === 'failed' || n.state === 'skipped' || n.state === 'notRun') c.done++;
    if (n.state === 'success' || n.state === 'failed' || n.state === 'skipped') c[n.state]++;
    if (n.state === 'running' || n.state === 'retrying') c.running++;
  }
  return c;
}

function headline(state: ProgressState, elapsedMs: number): string {
  const c = counts(state);
  const what = state.status ?? 'running';
  return `${state.pipeline}: ${what}, ${c.done}/${state.nodes.length} done (${c.success} succeeded, ${c.failed} failed, ${c.skipped} skipped, ${c.running} running), ${formatDuration(state.durationMs ?? elapsedMs)}`;
}

function shownNodes(state: ProgressState): NodeProgress[] {
  if (state.nodes.length <= MAX_ROWS) return state.nodes;
  const rank = (n: NodeProgress) => (n.state === 'running' || n.state === 'retrying' || n.state === 'failed' ? 0 : 1);
  return [...state.nodes].sort((a, b) => rank(a) - rank(b)).slice(0, MAX_ROWS);
}

/**
 * The progress view of a run as a MIME bundle: a headline with counts and
 * elapsed time, a bar, and one row per node (the busiest 40 when there are
 * more). Its HTML says its state (`data-status`: `running` until the run's
 * status is known), so a browser test can tell the final view.
 *
 * @example
 * ```ts
 * import { progressBundle } from 'odibi-ts/dist/src/notebook/progress-bundle.js';
 * progressBundle({ pipeline: 'p', nodes: [{ name: 'a', state: 'running', attempt: 1 }] }, 120)['text/plain'];
 * ```
 */
export function progressBundle(state: ProgressState, elapsedMs: number): MimeBundle {
  const title = headline(state, elapsedMs);
  const nodes = shownNodes(state);
  const bar = state.nodes.map((n) => html`<span title="${n.name}" style="display:inline-block;width:${Math.max(2, Math.floor(400 / Math.max(1, state.nodes.length)))}px;height:10px;background:${COLORS[n.state]}"></span>`);
  const rows = nodes.map((n) => {
    const extra = [n.worker ? `on ${n.worker}` : '', n.attempt > 1 ? `attempt ${n.attempt}` : '', n.durationMs !== undefined ? formatDuration(n.durationMs) : '', n.rowsOut !== undefined ? `${n.rowsOut} rows` : ''];
    return html`<tr><td style="${CELL}">${n.name}</td><td style="${CELL}color:${COLORS[n.state]};font-weight:bold">${n.state}</td><td style="${CELL}">${extra.filter(Boolean).join(', ')}</td><td style="${CELL}color:#555">${n.note ?? ''}</td></tr>`;
  });
  const more = state.nodes.length > nodes.length ? html`<div>and ${state.nodes.length - nodes.length} more</div>` : '';
  const page = html`<div data-odibi="progress" data-status="${state.status ?? 'running'}" style="font-family:system-ui,sans-serif;font-size:0.9em"><div><strong>${title}</strong></div><div style="margin:4px 0">${bar}</div><table style="margin-left:0">${rows}</table>${more}</div>`;
  const text = [title, ...nodes.map((n) => `  ${n.name}: ${n.state}${n.worker ? ` on ${n.worker}` : ''}${n.note ? ` (${n.note})` : ''}`)].join('\n');
  return { 'text/html': page.value, 'text/plain': text };
}
