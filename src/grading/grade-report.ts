/**
 * The grader's result as data: one entry per exercise with its status,
 * points (public and hidden), what went wrong, and every case. The check
 * cell's table, the score table, the JSON report, the HTML report and the
 * gradebook are all written from this.
 *
 * @example
 * ```ts
 * import type { GradeReport } from 'odibi-ts/dist/src/grading/grade-report.js';
 * const empty: GradeReport = { notebook: 'x.ipynb', gradedAt: '2024-01-01T00:00:00.000Z', earned: 0, possible: 0, exercises: [], notes: [] };
 * ```
 */
import type { CaseResult } from './check-case.js';
import type { SandboxIsolation } from './sandbox/sandbox-command.js';

/** Every status of an exercise's grade, best first. */
export const EXERCISE_GRADE_STATUSES = ['graded', 'missing', 'error', 'timeout', 'memory', 'output', 'crashed', 'interfered'] as const;

/**
 * `graded`: the cases ran; `missing`: no answer cell; `error`: the answer cell
 * does not compile, throws, or defines no such function; `timeout`, `memory`,
 * `output`: it went over the time, memory or output limit; `crashed`: its
 * process ended early; `interfered`: it wrote into the grader's report channel.
 * Cases that finished before a limit was reached still count.
 */
export type ExerciseGradeStatus = (typeof EXERCISE_GRADE_STATUSES)[number];

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
  /** The first failing public case (`name: expected ..., received ...`), a failing hidden case's name, or what stopped grading. */
  firstFailure?: string;
  /** Why the answer cell itself failed (a type error, a throw, no such function), when it did. */
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
  /** What the grader noticed about the notebook (a duplicated answer cell, cells without metadata, another release). */
  notes: string[];
  /** The defences the answers ran under (see docs/exercises.md). */
  isolation?: SandboxIsolation;
}
