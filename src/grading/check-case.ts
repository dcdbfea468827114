/**
 * The shapes of exercise checks and their outcomes. One case checks one
 * behaviour and carries its points and one hint, as in nbgrader/otter.
 *
 * @example
 * ```ts
 * import type { CheckCase } from 'odibi-ts/dist/src/grading/check-case.js';
 * const cases: CheckCase[] = [
 *   { name: 'adds', points: 1, hint: 'use +', run: (add) => add(1, 2), expected: 3 },
 * ];
 * ```
 */

/** One graded behaviour of an exercise. */
export interface CheckCase {
  /** What the case checks, shown in the feedback table. */
  name: string;
  /** Points earned when the case passes. */
  points: number;
  /** One hint shown when the case fails. */
  hint: string;
  /** Calls the learner's answer with this case's input and returns what it produced. */
  run: (answer: any) => unknown;
  /** The expected value, compared by deep equality; with `accept`, a description shown to the learner. */
  expected: unknown;
  /** A custom acceptance test for results that have more than one right form. */
  accept?: (received: unknown) => boolean;
}

/** Whether a case was shown in the notebook (`public`) or only run by the grader (`hidden`). */
export type CaseVisibility = 'public' | 'hidden';

/** The outcome of one case. */
export interface CaseResult {
  name: string;
  visibility: CaseVisibility;
  passed: boolean;
  points: number;
  earned: number;
  /** The expected value as display text. */
  expected: string;
  /** What the answer produced (or threw) as display text. */
  received: string;
  /** The case's hint, kept only when it failed. */
  hint?: string;
}

/** The outcome of all cases of one exercise. */
export interface ExerciseReport {
  exercise: number;
  earned: number;
  possible: number;
  cases: CaseResult[];
  /** Set when the answer could not be found or called at all. */
  problem?: string;
}
