/**
 * The feedback table of one exercise as an HTML fragment: what stopped the
 * answer (if anything), then one row per case with pass or fail, the hint and
 * the points; a public case also shows expected and received values, a
 * hidden case never does. Self-contained (inline styles), so it reads the
 * same in Jupyter, on GitHub and in an HTML export.
 *
 * @example
 * ```ts
 * import { feedbackHtml } from 'odibi-ts/dist/src/grading/feedback-html.js';
 * feedbackHtml({
 *   exercise: 1, title: 'Doubling', status: 'graded', earned: 1, possible: 2,
 *   public: { earned: 1, possible: 1 }, hidden: { earned: 0, possible: 1 },
 *   cases: [
 *     { name: 'doubles 2', visibility: 'public', passed: true, points: 1, earned: 1, expected: '4', received: '4' },
 *     { name: 'doubles negatives', visibility: 'hidden', passed: false, points: 1, earned: 0, hint: 'mind the sign' },
 *   ],
 * }).startsWith('<div'); // true
 * ```
 */
import type { CaseResult } from './check-case.js';
import type { ExerciseGrade } from './grade-report.js';
import { scope } from './report-scope.js';
import { escapeHtml } from '../text/escape-html.js';

const CELL = 'style="border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top"';
const NOWRAP = 'style="border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top;white-space:nowrap"';
const CODE = 'style="white-space:pre-wrap;word-break:break-word;font-family:monospace;font-size:90%"';

export function feedbackHtml(grade: ExerciseGrade): string {
  const done = grade.earned === grade.possible && grade.possible > 0;
  const colour = done ? '#1a7f37' : '#b35900';
  const title = `Exercise ${grade.exercise}${scope(grade)}: ${grade.earned} / ${grade.possible} points`;
  const problem = grade.answerError ?? (grade.status === 'graded' ? undefined : grade.firstFailure);
  const head = ['case', 'expected', 'received', 'result', 'hint', 'points'].map((h) => `<th ${CELL}>${h}</th>`).join('');
  return [
    `<div class="odibi-feedback">`,
    `<p style="font-weight:bold;color:${colour}">${escapeHtml(title)}</p>`,
    problem ? `<p style="color:#b00020">${escapeHtml(problem)}</p>` : '',
    `<table style="border-collapse:collapse"><thead><tr>${head}</tr></thead>`,
    `<tbody>\n${grade.cases.map(caseRow).join('\n')}\n</tbody></table>`,
    `</div>`,
  ].join('\n');
}

function caseRow(c: CaseResult): string {
  const mark = c.passed ? '<span style="color:#1a7f37">✔ pass</span>' : '<span style="color:#b00020">✘ fail</span>';
  const hidden = c.visibility === 'hidden';
  const value = (text: string | undefined) => (hidden ? '<em>hidden</em>' : `<code ${CODE}>${escapeHtml(text ?? '')}</code>`);
  const cells = [hidden ? `${escapeHtml(c.name)} <em>(hidden)</em>` : escapeHtml(c.name), value(c.expected), value(c.received), mark, escapeHtml(c.hint ?? ''), `${c.earned} / ${c.points}`];
  return `<tr>${cells.map((x, i) => `<td ${i === 3 || i === 5 ? NOWRAP : CELL}>${x}</td>`).join('')}</tr>`;
}
