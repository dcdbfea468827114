/**
 * The code the grader runs after a learner's answer cell: the exercise's
 * public and hidden checks, imported from their sources, with the result
 * printed as one marked JSON line (`ODIBI-GRADE:<token>:{...}`). The token is
 * fresh for every grading run, so printed text cannot fake a result.
 *
 * @example
 * ```ts
 * import { loadExerciseSources } from 'odibi-ts/dist/src/grading/exercise-source.js';
 * import { gradingCellCode } from 'odibi-ts/dist/src/grading/grading-cell-code.js';
 * const [first] = loadExerciseSources('..');
 * gradingCellCode(first, 'abc').includes('ODIBI-GRADE:abc:'); // true
 * ```
 */
import type { ExerciseSource } from './exercise-source.js';

/** Where the compiled checks are, by name (the kernel then type-checks declarations only). */
const LIBRARY_BUILD = 'odibi-ts/dist/';

/** The marker that starts a grading result line. */
export const GRADE_MARKER = 'ODIBI-GRADE';

export function gradingCellCode(ex: ExerciseSource, token: string): string {
  const n = ex.number;
  const module = (path: string) => `${LIBRARY_BUILD}${path.replace(/\.ts$/, '.js')}`;
  return [
    `// Grading exercise ${n}: public and hidden checks.`,
    `import { runChecks } from '${LIBRARY_BUILD}src/grading/run-checks.js';`,
    `import { ex${n}Checks } from '${module(ex.paths.checks)}';`,
    `import { ex${n}HiddenChecks } from '${module(ex.paths.hidden)}';`,
    `// @ts-ignore: the answer cell may have failed; runChecks reports that`,
    `const ex${n}GradedAnswer = () => ${ex.entry};`,
    `const ex${n}Graded = await runChecks(${n}, ex${n}GradedAnswer, ex${n}Checks, ex${n}HiddenChecks);`,
    `console.log('${GRADE_MARKER}:${token}:' + JSON.stringify(ex${n}Graded));`,
  ].join('\n');
}
