/**
 * The shapes of exercise checks and their outcomes. One case checks one
 * behaviour and carries its points and one hint, as in nbgrader/otter. A case
 * is data plus two functions that stay with the grader: the sandbox receives
 * only its `input`, which the exercise's harness (`run.ts`) passes to the
 * answer; `view`, `expected` and `accept` judge the plain JSON that comes back.
 *
 * @example
 * ```ts
 * import type { CheckCase } from 'odibi-ts/dist/src/grading/check-case.js';
 * // With a harness `run(add, input) => add(input.a, input.b)`:
 * const cases: CheckCase<{ a: number; b: number }>[] = [
 *   { name: 'adds', points: 1, hint: 'use +', input: { a: 1, b: 2 }, expected: 3 },
 * ];
 * ```
 */

/** One graded behaviour of an exercise. */
export interface CheckCase<Input = unknown> {
  /** What the case checks, shown in the feedback table. */
  name: string;
  /** Points earned when the case passes. */
  points: number;
  /** One hint shown when the case fails. */
  hint: string;
  /** What the exercise's harness calls the answer with: plain JSON, the only part of a case the sandbox sees. */
  input: Input;
  /** Picks what is compared (and shown) from the harness's result; default: all of it. */
  view?: (output: any) => unknown;
  /** The expected value, compared by deep equality of JSON forms; with `accept`, a sentence describing what is accepted. */
  expected: unknown;
  /** A custom acceptance test for results that have more than one right form. */
  accept?: (received: any) => boolean;
}

/** Whether a case is shown in the notebook (`public`) or only run by the grader (`hidden`). */
export type CaseVisibility = 'public' | 'hidden';

/** The outcome of one case. A hidden case never carries its expected value, its input or what was received. */
export interface CaseResult {
  name: string;
  visibility: CaseVisibility;
  passed: boolean;
  points: number;
  earned: number;
  /** The expected value as display text (public cases only). */
  expected?: string;
  /** What the answer produced (or threw) as display text (public cases only). */
  received?: string;
  /** The case's hint, kept only when it failed. */
  hint?: string;
}
