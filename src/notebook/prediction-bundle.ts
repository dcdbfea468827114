import { html } from '../story/safe-html.js';
import type { PredictionCheck, PredictionRow } from './compare-prediction.js';
import type { MimeBundle } from './mime-bundle.js';

const CELL = 'border:1px solid #d8dee4;padding:2px 8px;text-align:left;vertical-align:top;';
const MARK: Record<PredictionRow['verdict'], { sign: string; color: string }> = {
  right: { sign: '✓ right', color: '#2e7d32' },
  wrong: { sign: '✗ not quite', color: '#c62828' },
  blank: { sign: 'write your prediction', color: '#555555' },
  'unknown field': { sign: 'not asked here', color: '#ef8f00' },
};

/** A value as a learner would write it: lists as `A, C` (`none` when empty). */
function shown(value: unknown): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map((v) => shown(v)).join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function headline(check: PredictionCheck): string {
  const blanks = check.rows.filter((r) => r.verdict === 'blank').length;
  if (check.status === 'empty') return 'Write your prediction in its cell above (replace each undefined), then run this cell again.';
  const score = check.status === 'right' ? `Right: all ${check.asked}.` : `${check.right} of ${check.asked} right.`;
  return blanks > 0 ? `${score} ${blanks} still to predict: fill ${blanks === 1 ? 'it' : 'them'} in and run this cell again.` : score;
}

/**
 * A prediction check as a MIME bundle: the question, a headline (`Right: all
 * 3.`, `2 of 3 right.`, or `Write your prediction ...` when nothing is
 * predicted yet) and, once something is predicted, one row per field with
 * the prediction, what happened and the verdict.
 *
 * @example
 * ```ts
 * import { comparePrediction } from 'odibi-ts/dist/src/notebook/compare-prediction.js';
 * import { predictionBundle } from 'odibi-ts/dist/src/notebook/prediction-bundle.js';
 * predictionBundle(comparePrediction(undefined, { layers: 3 }))['text/plain']; // 'Write your prediction ...'
 * ```
 */
export function predictionBundle(check: PredictionCheck): MimeBundle {
  const title = headline(check);
  const question = check.question ? html`<div style="color:#555">${check.question}</div>` : '';
  const rows = check.rows.map((r) => html`<tr><td style="${CELL}"><code>${r.field}</code></td><td style="${CELL}">${shown(r.predicted)}</td><td style="${CELL}">${r.verdict === 'blank' ? '' : shown(r.actual)}</td><td style="${CELL}color:${MARK[r.verdict].color};font-weight:bold">${MARK[r.verdict].sign}</td></tr>`);
  const head = ['field', 'your prediction', 'what happened', ''].map((h) => html`<th style="${CELL}background:#f3f5f7">${h}</th>`);
  const table = check.status === 'empty' ? '' : html`<table style="border-collapse:collapse;margin:4px 0 0 0"><tr>${head}</tr>${rows}</table>`;
  const color = check.status === 'right' ? '#2e7d32' : check.status === 'empty' ? '#1f5f99' : '#c62828';
  const page = html`<div data-odibi="prediction" data-status="${check.status}" style="font-family:system-ui,sans-serif;border-left:4px solid ${color};padding:4px 10px">${question}<strong>${title}</strong>${table}</div>`;
  const lines = check.status === 'empty' ? [] : check.rows.map((r) => `  ${r.field}: ${MARK[r.verdict].sign}${r.verdict === 'blank' ? '' : ` (predicted ${shown(r.predicted)}; ${r.verdict === 'unknown field' ? 'no such question' : `happened: ${shown(r.actual)}`})`}`);
  return { 'text/html': page.value, 'text/plain': [check.question, title, ...lines].filter(Boolean).join('\n') };
}
