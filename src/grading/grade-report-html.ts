/**
 * The grade as a standalone HTML page: the score table, what the grader
 * noticed about the notebook, then per exercise its feedback table (public
 * cases in full, hidden ones as passed or not with their hint).
 *
 * @example
 * ```ts
 * import { gradeReportHtml } from 'odibi-ts/dist/src/grading/grade-report-html.js';
 * gradeReportHtml({ notebook: 'x.ipynb', gradedAt: '2024-01-01T00:00:00.000Z', earned: 0, possible: 0, exercises: [], notes: [] }).startsWith('<!doctype html>'); // true
 * ```
 */
import type { ExerciseGrade, GradeReport } from './grade-report.js';
import { escapeHtml } from '../text/escape-html.js';
import { feedbackHtml } from './feedback-html.js';

const CELL = 'style="border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top"';

export function gradeReportHtml(report: GradeReport): string {
  const head = ['#', 'exercise', 'points', 'public', 'hidden', 'first failing'].map((h) => `<th ${CELL}>${h}</th>`).join('');
  const rows = report.exercises.map(summaryRow).join('\n');
  const total = `<tr><td ${CELL}></td><td ${CELL}><strong>total</strong></td><td ${CELL}><strong>${report.earned} / ${report.possible}</strong></td><td ${CELL}></td><td ${CELL}></td><td ${CELL}></td></tr>`;
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>Grade report</title></head>',
    '<body style="font-family:sans-serif;max-width:1100px;margin:2em auto">',
    `<h1>Grade: ${report.earned} / ${report.possible} points</h1>`,
    `<p>${escapeHtml(report.notebook)}, graded ${escapeHtml(report.gradedAt)}</p>`,
    `<table style="border-collapse:collapse"><thead><tr>${head}</tr></thead><tbody>\n${rows}\n${total}</tbody></table>`,
    report.notes.length > 0 ? `<ul>${report.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : '',
    ...report.exercises.map(details),
    '</body></html>',
    '',
  ].join('\n');
}

function summaryRow(e: ExerciseGrade): string {
  const cells = [String(e.exercise), escapeHtml(e.title), `${e.earned} / ${e.possible}`, `${e.public.earned} / ${e.public.possible}`, `${e.hidden.earned} / ${e.hidden.possible}`, escapeHtml(e.firstFailure ?? '')];
  return `<tr>${cells.map((c) => `<td ${CELL}>${c}</td>`).join('')}</tr>`;
}

function details(e: ExerciseGrade): string {
  const title = `<h2>Exercise ${e.exercise}: ${escapeHtml(e.title)}</h2>`;
  const body = e.cases.length > 0 ? feedbackHtml(e) : `<p>${escapeHtml(e.firstFailure ?? '')}</p>`;
  return [title, body].join('\n');
}
