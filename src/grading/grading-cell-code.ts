/**
 * The code the grader runs after a learner's answer cell: the exercise's
 * public and hidden checks, imported from their sources, with the result
 * printed as one marked JSON line (`ODIBI-GRADE:<token>:{...}`). The token is
 * fresh for every grading run, so printed text cannot fake a result.
 *
 * @example
 * ```ts
 * import { loadExerciseSources } from '../src/grading/exercise-source.js';
 * import { gradingCellCode } from '../src/grading/grading-cell-code.js';
 * const [first] = loadExerciseSources('..');
 * gradingCellCode(first, '../', 'abc').includes('ODIBI-GRADE:abc:'); // true
 * ```
 */
import type { ExerciseSource } from './exercise-source.js';

/** The marker that starts a grading result line. */
export const GRADE_MARKER = 'ODIBI-GRADE';

/** `rootPrefix` is the project root relative to the grading notebook, ending in `/`. */
export function gradingCellCode(ex: ExerciseSource, rootPrefix: string, token: string): string {
  const n = ex.number;
  const module = (path: string) => `${rootPrefix}${path.replace(/\.ts$/, '.js')}`;
  return [
    `// Grading exercise ${n}: public and hidden checks.`,
    `import { runChecks } from '${rootPrefix}src/grading/run-checks.js';`,
    `import { ex${n}Checks } from '${module(ex.paths.checks)}';`,
    `import { ex${n}HiddenChecks } from '${module(ex.paths.hidden)}';`,
    `// @ts-ignore: the answer cell may have failed; runChecks reports that`,
    `const ex${n}GradedAnswer = () => ${ex.entry};`,
    `const ex${n}Graded = await runChecks(${n}, ex${n}GradedAnswer, ex${n}Checks, ex${n}HiddenChecks);`,
    `console.log('${GRADE_MARKER}:${token}:' + JSON.stringify(ex${n}Graded));`,
  ].join('\n');
}
