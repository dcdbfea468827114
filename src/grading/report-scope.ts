/**
 * `, public checks` when a report holds only public cases (the notebook's
 * check cells), empty when the grader's hidden cases are in it too.
 *
 * @example
 * ```ts
 * import { scope } from 'odibi-ts/dist/src/grading/report-scope.js';
 * scope({ exercise: 1, earned: 0, possible: 0, cases: [] }); // ', public checks'
 * ```
 */
import type { ExerciseReport } from './check-case.js';

export function scope(report: ExerciseReport): string {
  return report.cases.some((c) => c.visibility === 'hidden') ? '' : ', public checks';
}
