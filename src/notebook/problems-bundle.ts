import { formatProblem, type Problem } from '../errors.js';
import { html } from '../story/safe-html.js';
import type { MimeBundle } from './mime-bundle.js';

const CELL = 'border:1px solid #d8dee4;padding:2px 8px;text-align:left;vertical-align:top;';

/**
 * Problems worth reading: after a YAML syntax error the parser reports more
 * that usually follow from it (one missing bracket gives a dozen), so only
 * the first is kept, with the number of the others.
 */
function firstOfSyntax(problems: readonly Problem[]): { shown: readonly Problem[]; note: string } {
  const syntax = problems.filter((p) => p.code === 'CONFIG_YAML_SYNTAX');
  if (syntax.length < 2) return { shown: problems, note: '' };
  const rest = syntax.length - 1;
  return {
    shown: problems.filter((p) => p === syntax[0] || p.code !== 'CONFIG_YAML_SYNTAX'),
    note: `and ${rest} more YAML syntax problem${rest === 1 ? '' : 's'} after it, most likely caused by this one: fix it and load again`,
  };
}

/**
 * A list of problems (from config loading or validation) as a table in HTML
 * and one `file:line:column code message (hint)` line each in text. Of
 * several YAML syntax errors only the first is listed, with a count of the
 * rest (they usually follow from it).
 *
 * @example
 * ```ts
 * import { problemsBundle } from 'odibi-ts/dist/src/notebook/problems-bundle.js';
 * problemsBundle([{ code: 'CONFIG_MISSING_KEY', message: 'project is required', line: 1, column: 1, hint: 'add the key' }]);
 * ```
 */
export function problemsBundle(problems: readonly Problem[]): MimeBundle {
  if (problems.length === 0) return { 'text/html': '<p>No problems.</p>', 'text/plain': 'No problems.' };
  const { shown, note } = firstOfSyntax(problems);
  const rows = shown.map((p) => {
    const at = [p.file, p.line, p.column].filter((x) => x !== undefined && x !== '').join(':') || p.path || p.node || '';
    const color = p.severity === 'warning' ? '#ef8f00' : '#c62828';
    return html`<tr><td style="${CELL}color:${color}">${p.severity ?? 'error'}</td><td style="${CELL}">${p.code}</td><td style="${CELL}">${at}</td><td style="${CELL}">${p.message}</td><td style="${CELL}">${p.hint ?? ''}</td></tr>`;
  });
  const head = ['severity', 'code', 'where', 'message', 'hint'].map((h) => html`<th style="${CELL}background:#f3f5f7">${h}</th>`);
  const title = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  const more = note ? html`<div style="color:#555">${note}</div>` : '';
  const page = html`<div style="font-family:system-ui,sans-serif"><strong>${title}</strong><table style="border-collapse:collapse;margin-left:0"><tr>${head}</tr>${rows}</table>${more}</div>`;
  return { 'text/html': page.value, 'text/plain': [title, ...shown.map((p) => `  ${formatProblem(p)}`), ...(note ? [`  ${note}`] : [])].join('\n') };
}
