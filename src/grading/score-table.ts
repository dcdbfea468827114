/**
 * The grade as a plain-text table for the terminal: exercise, points earned
 * of possible, public and hidden points, and the first failing message; then
 * what broke in answer cells that failed to run.
 *
 * @example
 * ```ts
 * import { scoreTable } from 'odibi-ts/dist/src/grading/score-table.js';
 * scoreTable({ notebook: 'x.ipynb', gradedAt: '2024-01-01T00:00:00.000Z', earned: 0, possible: 0, exercises: [], notes: [] });
 * ```
 */
import type { ExerciseGrade, GradeReport } from './grade-report.js';

export function scoreTable(report: GradeReport, width = 60): string {
  const rows: string[][] = [['#', 'exercise', 'points', 'public', 'hidden', 'first failing'], ...report.exercises.map((e) => row(e, width))];
  rows.push(['', 'total', `${report.earned}/${report.possible}`, '', '', '']);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const broken = report.exercises.filter((e) => e.answerError);
  if (broken.length > 0) {
    lines.push('', 'Answer cells that failed to run:');
    for (const e of broken) lines.push(`  exercise ${e.exercise}: ${e.answerError}`);
  }
  if (report.notes.length > 0) lines.push('', 'Notes:', ...report.notes.map((n) => `  ${n}`));
  return lines.join('\n');
}

function row(e: ExerciseGrade, width: number): string[] {
  const title = e.title.length > 38 ? e.title.slice(0, 37) + '…' : e.title;
  const failure = e.firstFailure ?? '';
  return [
    String(e.exercise),
    title,
    `${e.earned}/${e.possible}`,
    `${e.public.earned}/${e.public.possible}`,
    `${e.hidden.earned}/${e.hidden.possible}`,
    failure.length > width ? failure.slice(0, width - 1) + '…' : failure,
  ];
}
