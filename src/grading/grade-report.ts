/**
 * The grader's result as data: one entry per exercise with points (public
 * and hidden), what went wrong, and every case. The score table, the JSON
 * report and the HTML report are all written from this.
 *
 * @example
 * ```ts
 * import type { GradeReport } from 'odibi-ts/dist/src/grading/grade-report.js';
 * const empty: GradeReport = { notebook: 'x.ipynb', gradedAt: '2024-01-01T00:00:00.000Z', earned: 0, possible: 0, exercises: [] };
 * ```
 */
import type { CaseResult } from './check-case.js';

/** `graded`: the checks ran; `missing`: the answer cell was deleted; `timeout`: it did not finish; `error`: no result came back. */
export type ExerciseGradeStatus = 'graded' | 'missing' | 'timeout' | 'error';

/** Points of one kind (public or hidden) of an exercise. */
export interface PointsSplit {
  earned: number;
  possible: number;
}

/** The grade of one exercise. */
export interface ExerciseGrade {
  exercise: number;
  title: string;
  status: ExerciseGradeStatus;
  earned: number;
  possible: number;
  public: PointsSplit;
  hidden: PointsSplit;
  /** The first failing case (`name: expected ..., received ...`) or what stopped grading. */
  firstFailure?: string;
  /** The error of the learner's answer cell, when it failed to run. */
  answerError?: string;
  cases: CaseResult[];
}

/** The grade of a whole notebook: what the JSON report holds. */
export interface GradeReport {
  /** The notebook as given on the command line. */
  notebook: string;
  /** ISO time of grading. */
  gradedAt: string;
  earned: number;
  possible: number;
  exercises: ExerciseGrade[];
}
