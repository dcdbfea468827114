/**
 * The feedback of one exercise as plain text: a summary line, what stopped
 * the answer (if anything), then one line per failing case, with expected,
 * received and the hint for a public case and only the hint for a hidden
 * one. The fallback for terminals and text exports; `detail: false` gives
 * the summary line only.
 *
 * @example
 * ```ts
 * import { feedbackText } from 'odibi-ts/dist/src/grading/feedback-text.js';
 * feedbackText({ exercise: 1, title: 'x', status: 'graded', earned: 1, possible: 1, public: { earned: 1, possible: 1 }, hidden: { earned: 0, possible: 0 }, cases: [] });
 * // 'Exercise 1, public checks: 1 / 1 points, all cases pass'
 * ```
 */
import type { ExerciseGrade } from './grade-report.js';
import { scope } from './report-scope.js';

export function feedbackText(grade: ExerciseGrade, detail = true): string {
  const failing = grade.cases.filter((c) => !c.passed);
  const head = `Exercise ${grade.exercise}${scope(grade)}: ${grade.earned} / ${grade.possible} points`;
  const problem = grade.answerError ?? (grade.status === 'graded' ? undefined : grade.firstFailure);
  if (failing.length === 0 && !problem) return `${head}, all cases pass`;
  const lines = [`${head}, ${failing.length} of ${grade.cases.length} cases failing`];
  if (!detail) return lines[0]!;
  if (problem) lines.push(`  ${problem}`);
  for (const c of failing) {
    lines.push(c.visibility === 'hidden' ? `  ✘ ${c.name} (hidden)` : `  ✘ ${c.name}: expected ${c.expected}, received ${c.received}`);
    if (c.hint) lines.push(`    hint: ${c.hint}`);
  }
  return lines.join('\n');
}
