/**
 * The feedback of one exercise as plain text: a summary line, then one line
 * per failing case with expected, received and the hint. The fallback for
 * terminals and text exports; `detail: false` gives the summary line only.
 *
 * @example
 * ```ts
 * import { feedbackText } from 'odibi-ts/dist/src/grading/feedback-text.js';
 * feedbackText({ exercise: 1, earned: 1, possible: 1, cases: [] }); // 'Exercise 1, public checks: 1 / 1 points, all cases pass'
 * ```
 */
import type { ExerciseReport } from './check-case.js';
import { scope } from './report-scope.js';

export function feedbackText(report: ExerciseReport, detail = true): string {
  const failing = report.cases.filter((c) => !c.passed);
  const head = `Exercise ${report.exercise}${scope(report)}: ${report.earned} / ${report.possible} points`;
  if (failing.length === 0) return `${head}, all cases pass`;
  const lines = [`${head}, ${failing.length} of ${report.cases.length} cases failing`];
  if (!detail) return lines[0];
  if (report.problem) lines.push(`  ${report.problem}`);
  for (const c of failing) {
    lines.push(`  ✘ ${c.name}: expected ${c.expected}, received ${c.received}`);
    if (c.hint) lines.push(`    hint: ${c.hint}`);
  }
  return lines.join('\n');
}
