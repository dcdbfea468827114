/**
 * The code of an exercise's check cell in the learner's notebook: one line.
 * `check(N)` (imported by the notebook's first code cell) finds the latest
 * run of exercise N's answer cell in the kernel, and shows its error, or runs
 * the exercise's public checks on it exactly as the grader would and shows
 * the table. The checks themselves live in the exercise's files.
 *
 * @example
 * ```ts
 * import { checkCellCode } from 'odibi-ts/dist/src/grading/check-cell-code.js';
 * checkCellCode(3); // 'await check(3);'
 * ```
 */
export function checkCellCode(exercise: number): string {
  return `await check(${exercise});`;
}

/** The import the exercises notebook's first code cell makes, so that every check cell is one line. */
export const CHECK_IMPORT = "import { check } from 'odibi-ts/dist/src/grading/index.js';";
