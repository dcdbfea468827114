/**
 * The class summary page (`index.html` beside the gradebook): the statuses,
 * a histogram of the totals (Vega-Lite, rendered to SVG offline), the pass
 * rate of every exercise and case, the hints shown most often, and a link to
 * each learner's feedback page. A standalone page with inline styles.
 *
 * @example
 * ```ts
 * import { classSummaryHtml } from 'odibi-ts/dist/src/grading/class/class-summary-html.js';
 * const page = await classSummaryHtml({ submissions: 0, statuses: {}, totals: [], exercises: [], hints: [] }, { course: '0.1.0', checks: 'abc' }, 0, []);
 * page.startsWith('<!doctype html>'); // true
 * ```
 */
import { escapeHtml } from '../../text/escape-html.js';
import type { ReleaseStamp } from '../release-stamp.js';
import type { ClassSummary } from './class-summary.js';
import type { GradebookRow } from './gradebook.js';
import { totalsHistogram } from './totals-histogram.js';

const CELL = 'style="border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top"';

export async function classSummaryHtml(summary: ClassSummary, release: ReleaseStamp, possible: number, rows: ReadonlyArray<GradebookRow & { page?: string }>): Promise<string> {
  const percent = (part: number, whole: number) => (whole === 0 ? '-' : `${Math.round((part / whole) * 100)}%`);
  const table = (head: string[], body: string[][]) =>
    `<table style="border-collapse:collapse"><thead><tr>${head.map((h) => `<th ${CELL}>${h}</th>`).join('')}</tr></thead><tbody>${body.map((r) => `<tr>${r.map((c) => `<td ${CELL}>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`;
  // vega loads only when a class is graded, not whenever the grading entry is imported (a check cell does).
  const { renderSvg } = await import('../../viz/render-svg.js');
  const chart = summary.totals.length > 0 ? await renderSvg(totalsHistogram(summary.totals, possible)) : '<p>No submission could be graded.</p>';
  const exercises = summary.exercises.map((ex) => {
    const graded = ex.cases[0]?.graded ?? 0;
    const cases = table(['case', 'passed'], ex.cases.map((c) => [`${escapeHtml(c.name)}${c.visibility === 'hidden' ? ' <em>(hidden)</em>' : ''}`, `${c.passed} / ${c.graded} (${percent(c.passed, c.graded)})`]));
    return `<h3>Exercise ${ex.number}: ${escapeHtml(ex.title)}</h3><p>mean ${ex.meanPoints} of ${ex.possible} points; full marks: ${ex.fullMarks} of ${graded} (${percent(ex.fullMarks, graded)})</p>${cases}`;
  });
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>Class grades</title></head>',
    '<body style="font-family:sans-serif;max-width:1100px;margin:2em auto">',
    `<h1>Class grades: ${summary.submissions} submission${summary.submissions === 1 ? '' : 's'}</h1>`,
    `<p>Graded with release ${escapeHtml(release.course)} (checks ${escapeHtml(release.checks)}); the gradebook is in <a href="gradebook.csv">gradebook.csv</a> and <a href="gradebook.json">gradebook.json</a>.</p>`,
    table(['status', 'submissions'], Object.entries(summary.statuses).map(([status, n]) => [escapeHtml(status), String(n)])),
    `<h2>Totals</h2>${chart}`,
    table(['exercise', 'mean', 'full marks'], summary.exercises.map((ex) => [`${ex.number}. ${escapeHtml(ex.title)}`, `${ex.meanPoints} / ${ex.possible}`, `${ex.fullMarks} / ${ex.cases[0]?.graded ?? 0} (${percent(ex.fullMarks, ex.cases[0]?.graded ?? 0)})`])),
    '<h2>Hints shown most often</h2>',
    summary.hints.length > 0 ? table(['learners', 'exercise', 'case', 'hint'], summary.hints.map((h) => [String(h.shown), String(h.exercise), escapeHtml(h.name), escapeHtml(h.hint)])) : '<p>None: every case passed.</p>',
    '<h2>Pass rate per exercise and case</h2>',
    ...exercises,
    '<h2>Learners</h2>',
    table(['learner', 'file', 'status', 'total', 'feedback'], rows.map((r) => [escapeHtml(r.learner), escapeHtml(r.file), escapeHtml(r.status), `${r.total} / ${r.possible}`, r.page ? `<a href="${escapeHtml(r.page)}">feedback</a>` : ''])),
    '</body></html>',
    '',
  ].join('\n');
}
