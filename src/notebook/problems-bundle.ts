import { formatProblem, type Problem } from '../errors.js';
import { html } from '../story/safe-html.js';
import type { MimeBundle } from './mime-bundle.js';

const CELL = 'border:1px solid #d8dee4;padding:2px 8px;text-align:left;vertical-align:top;';

/**
 * A list of problems (from config loading or validation) as a table in HTML
 * and one `file:line:column code message (hint)` line each in text.
 *
 * @example
 * ```ts
 * import { problemsBundle } from 'odibi-ts/dist/src/notebook/problems-bundle.js';
 * problemsBundle([{ code: 'CONFIG_MISSING_KEY', message: 'project is required', line: 1, column: 1, hint: 'add the key' }]);
 * ```
 */
export function problemsBundle(problems: readonly Problem[]): MimeBundle {
  if (problems.length === 0) return { 'text/html': '<p>No problems.</p>', 'text/plain': 'No problems.' };
  const rows = problems.map((p) => {
    const at = [p.file, p.line, p.column].filter((x) => x !== undefined && x !== '').join(':') || p.path || p.node || '';
    const color = p.severity === 'warning' ? '#ef8f00' : '#c62828';
    return html`<tr><td style="${CELL}color:${color}">${p.severity ?? 'error'}</td><td style="${CELL}">${p.code}</td><td style="${CELL}">${at}</td><td style="${CELL}">${p.message}</td><td style="${CELL}">${p.hint ?? ''}</td></tr>`;
  });
  const head = ['severity', 'code', 'where', 'message', 'hint'].map((h) => html`<th style="${CELL}background:#f3f5f7">${h}</th>`);
  const title = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  const page = html`<div style="font-family:system-ui,sans-serif"><strong>${title}</strong><table style="border-collapse:collapse;margin-left:0"><tr>${head}</tr>${rows}</table></div>`;
  return { 'text/html': page.value, 'text/plain': [title, ...problems.map((p) => `  ${formatProblem(p)}`)].join('\n') };
}
