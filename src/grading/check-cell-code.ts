/**
 * The code of an exercise's check cell in the learner's notebook: the public
 * checks (the exercise's `checks.ts`, imports pointed at `src/`), run against
 * the answer and shown as a feedback table. The cell never throws: a missing
 * or failing answer becomes failed rows.
 *
 * @example
 * ```ts
 * import { loadExerciseSources } from 'odibi-ts/dist/src/grading/exercise-source.js';
 * import { checkCellCode } from 'odibi-ts/dist/src/grading/check-cell-code.js';
 * const [first] = loadExerciseSources('..');
 * checkCellCode(first, 'odibi-ts/dist/src/').includes('runChecks(1'); // true
 * ```
 */
import type { ExerciseSource } from './exercise-source.js';
import { cellCode } from './answer-code.js';

export function checkCellCode(ex: ExerciseSource, srcPrefix: string): string {
  const n = ex.number;
  const checks = cellCode(ex.checks.replace(/'(\.\.\/)+src\//g, `'${srcPrefix}`));
  return [
    `// Checks of exercise ${n}. Run this cell after your answer: it never fails, it shows a table of`,
    `// what passes and what to fix. The grader runs these checks and a few hidden ones.`,
    `import { display } from 'tslab';`,
    `import { runChecks } from '${srcPrefix}grading/run-checks.js';`,
    `import { feedbackHtml } from '${srcPrefix}grading/feedback-html.js';`,
    `import { feedbackText } from '${srcPrefix}grading/feedback-text.js';`,
    checks,
    '',
    `// @ts-ignore: ${ex.entry} comes from your answer cell; if that cell failed, the table says so`,
    `const ex${n}Answer = () => ${ex.entry};`,
    `const ex${n}Report = await runChecks(${n}, ex${n}Answer, ex${n}Checks);`,
    `display.html(feedbackHtml(ex${n}Report));`,
    `console.log(feedbackText(ex${n}Report, false));`,
  ].join('\n');
}
