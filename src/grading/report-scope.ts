/**
 * `, public checks` when a grade holds only public cases (a check cell's),
 * empty when the grader's hidden cases are in it too.
 *
 * @example
 * ```ts
 * import { scope } from 'odibi-ts/dist/src/grading/report-scope.js';
 * scope({ hidden: { earned: 0, possible: 0 } }); // ', public checks'
 * ```
 */
import type { ExerciseGrade } from './grade-report.js';

export function scope(grade: Pick<ExerciseGrade, 'hidden'>): string {
  return grade.hidden.possible > 0 ? '' : ', public checks';
}
