/**
 * What the class summary page shows, as data: how many submissions ended in
 * each status, the totals of those graded, and for every exercise its mean,
 * how many earned full marks, and the pass rate of each case (hidden ones
 * included: this page is for the instructor); then the hints learners were
 * shown most often, which point at what the class has not understood yet.
 *
 * @example
 * ```ts
 * import { classSummary } from 'odibi-ts/dist/src/grading/class/class-summary.js';
 * const summary = classSummary([], [{ number: 1, title: 'Executor', possible: 10 }]);
 * summary.submissions; // 0
 * ```
 */
import type { GradeReport } from '../grade-report.js';
import type { GradebookRow, SubmissionStatus } from './gradebook.js';

/** One exercise across the class. */
export interface ExerciseSummary {
  number: number;
  title: string;
  possible: number;
  meanPoints: number;
  /** Learners with full marks on it. */
  fullMarks: number;
  cases: Array<{ name: string; visibility: 'public' | 'hidden'; passed: number; graded: number }>;
}

/** The class at a glance. */
export interface ClassSummary {
  submissions: number;
  statuses: Partial<Record<SubmissionStatus, number>>;
  /** Totals of the submissions that were graded. */
  totals: number[];
  exercises: ExerciseSummary[];
  /** The hints shown most often (at most 10), with how many learners saw each. */
  hints: Array<{ exercise: number; name: string; hint: string; shown: number }>;
}

export function classSummary(graded: ReadonlyArray<{ row: GradebookRow; report?: GradeReport }>, exercises: ReadonlyArray<{ number: number; title: string; possible: number }>): ClassSummary {
  const statuses: Partial<Record<SubmissionStatus, number>> = {};
  for (const { row } of graded) statuses[row.status] = (statuses[row.status] ?? 0) + 1;
  const reports = graded.flatMap(({ report }) => (report ? [report] : []));
  const hints = new Map<string, { exercise: number; name: string; hint: string; shown: number }>();
  const summaries = exercises.map((ex): ExerciseSummary => {
    const grades = reports.flatMap((r) => r.exercises.filter((e) => e.exercise === ex.number));
    const cases = new Map<string, ExerciseSummary['cases'][number]>();
    for (const grade of grades) {
      for (const c of grade.cases) {
        const entry = cases.get(c.name) ?? { name: c.name, visibility: c.visibility, passed: 0, graded: 0 };
        entry.graded++;
        if (c.passed) entry.passed++;
        cases.set(c.name, entry);
        if (!c.passed && c.hint) {
          const key = `${ex.number}\n${c.name}`;
          const hint = hints.get(key) ?? { exercise: ex.number, name: c.name, hint: c.hint, shown: 0 };
          hint.shown++;
          hints.set(key, hint);
        }
      }
    }
    const points = grades.map((g) => g.earned);
    return {
      number: ex.number,
      title: ex.title,
      possible: ex.possible,
      meanPoints: points.length === 0 ? 0 : Math.round((points.reduce((a, b) => a + b, 0) / points.length) * 10) / 10,
      fullMarks: grades.filter((g) => g.earned === g.possible && g.possible > 0).length,
      cases: [...cases.values()],
    };
  });
  const top = [...hints.values()].sort((a, b) => b.shown - a.shown || a.exercise - b.exercise || (a.name < b.name ? -1 : 1)).slice(0, 10);
  return { submissions: graded.length, statuses, totals: reports.map((r) => r.earned), exercises: summaries, hints: top };
}
