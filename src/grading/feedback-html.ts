/**
 * The feedback table of one exercise as an HTML fragment: one row per case
 * with expected and received values, pass or fail, the hint and the points.
 * Self-contained (inline styles), so it reads the same in Jupyter, on GitHub
 * and in an HTML export.
 *
 * @example
 * ```ts
 * import { runChecks } from 'odibi-ts/dist/src/grading/run-checks.js';
 * import { feedbackHtml } from 'odibi-ts/dist/src/grading/feedback-html.js';
 * const report = await runChecks(1, () => (a: number) => a, [
 *   { name: 'identity', points: 1, hint: 'return the input', run: (f) => f(2), expected: 2 },
 * ]);
 * feedbackHtml(report).startsWith('<div'); // true
 * ```
 */
import type { CaseResult, ExerciseReport } from './check-case.js';
import { scope } from './report-scope.js';
import { escapeHtml } from '../text/escape-html.js';

const CELL = 'style="border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top"';
const NOWRAP = 'style="border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top;white-space:nowrap"';
const CODE = 'style="white-space:pre-wrap;word-break:break-word;font-family:monospace;font-size:90%"';

export function feedbackHtml(report: ExerciseReport): string {
  const done = report.earned === report.possible;
  const colour = done ? '#1a7f37' : '#b35900';
  const title = `Exercise ${report.exercise}${scope(report)}: ${report.earned} / ${report.possible} points`;
  const problem = report.problem ? `<p style="color:#b00020">${escapeHtml(report.problem)}</p>` : '';
  const head = ['case', 'expected', 'received', 'result', 'hint', 'points'].map((h) => `<th ${CELL}>${h}</th>`).join('');
  const rows = report.cases.map(caseRow).join('\n');
  return [
    `<div class="odibi-feedback">`,
    `<p style="font-weight:bold;color:${colour}">${escapeHtml(title)}</p>`,
    problem,
    `<table style="border-collapse:collapse"><thead><tr>${head}</tr></thead>`,
    `<tbody>\n${rows}\n</tbody></table>`,
    `</div>`,
  ].join('\n');
}

function caseRow(c: CaseResult): string {
  const mark = c.passed ? '<span style="color:#1a7f37">✔ pass</span>' : '<span style="color:#b00020">✘ fail</span>';
  const name = c.visibility === 'hidden' ? `${escapeHtml(c.name)} <em>(hidden)</em>` : escapeHtml(c.name);
  const cells = [
    name,
    `<code ${CODE}>${escapeHtml(c.expected)}</code>`,
    `<code ${CODE}>${escapeHtml(c.received)}</code>`,
    mark,
    escapeHtml(c.hint ?? ''),
    `${c.earned} / ${c.points}`,
  ];
  return `<tr>${cells.map((x, i) => `<td ${i === 3 || i === 5 ? NOWRAP : CELL}>${x}</td>`).join('')}</tr>`;
}
