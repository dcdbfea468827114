/**
 * The README of a released course: what it is, what it needs, how to start,
 * how to check and hand in the exercises. Written into the learner's bundle
 * by `odibi course release`.
 *
 * @example
 * ```ts
 * import { learnerReadme } from 'odibi-ts/dist/src/grading/learner-readme.js';
 * learnerReadme({ course: '0.1.0', checks: '0123456789abcdef' }, 12).startsWith('# Pipeline orchestration'); // true
 * ```
 */
import type { ReleaseStamp } from './release-stamp.js';

export function learnerReadme(stamp: ReleaseStamp, exercises: number): string {
  return `# Pipeline orchestration: the course

This folder is your copy of the course (release ${stamp.course}, checks ${stamp.checks}): a lesson that
teaches how a data-pipeline orchestrator works by running one (odibi-ts, a small orchestrator over
Arquero tables), and ${exercises} graded exercises to do in Jupyter with the TypeScript kernel.

## Start

Needs: Node.js 20.19 or later with npm, and either Debian/Ubuntu with \`apt-get\` (as root or with
password-less \`sudo\`) or a Python that already has Jupyter Notebook 6+, nbconvert, nbclient and
nbformat. The first command installs what is missing (the npm packages, Jupyter, the TypeScript
kernel) inside this folder, and does nothing the second time.

\`\`\`sh
npm start   # serves the notebooks and prints the link to open
npm test    # checks that everything works: the environment, the lesson and the exercises run headlessly
\`\`\`

## The course

1. \`notebooks/00-environment-check.ipynb\`: four cells; if each shows a result, you are ready.
2. \`notebooks/lesson.ipynb\`: the lesson, to read and run from the top. \`notebooks/execution_flow.md\`
   describes the whole flow from a YAML project to results and stories.
3. \`exercises/exercises.ipynb\`: the exercises. Run its first code cell, then for each exercise write
   the function in its answer cell, run it, and run the check cell below it (\`await check(N)\`): it
   shows what passes, what was expected, what your function returned and a hint, exactly as the
   grader will judge it. Keep the first line of each answer cell, and keep everything an answer
   needs inside its cell.

## Handing in

Save the notebook (File > Save) and hand in \`exercises/exercises.ipynb\` as your instructor asks.
It is graded with the public checks you see and a few hidden ones; you get a feedback page with
every case, hidden ones shown only as passed or not, with their hint. Do not edit the notebook's
metadata: it records the release your notebook belongs to.

The library's reference is in \`docs/\`; its compiled code is in \`dist/\`.
`;
}
