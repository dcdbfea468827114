/**
 * The first cell of the exercises and solutions notebooks: how the exercises
 * work, how they are graded, and the table of exercises with the learning
 * objectives each practises and its points.
 * In the course project (`project`) a learner grades the notebook with
 * `npm run grade`; in a released course (`release`) the hidden checks are
 * not there, and the notebook is handed in instead.
 *
 * @example
 * ```ts
 * import { notebookIntroduction } from 'odibi-ts/dist/src/grading/notebook-introduction.js';
 * const ex = { number: 1, title: 'An executor', objectives: [3, 4], points: { public: 6, hidden: 4 } };
 * notebookIntroduction([ex], 'stub', 'release').includes('| 1 | An executor | the graph, execution flow and layers | 10 |'); // true
 * ```
 */
import type { Exercise } from './load-exercises.js';

/** Where the notebook is used: in the course project, or in a released course. */
export type NotebookFlavour = 'project' | 'release';

/** The course's learning objectives, by number (1-8; an exercise's `objectives` name them). */
export const OBJECTIVES = ['', 'pipeline architecture', 'the manager', 'the graph', 'execution flow and layers', 'the context', 'errors and recovery', 'results', 'stories'];

export function notebookIntroduction(sources: ReadonlyArray<Pick<Exercise, 'number' | 'title' | 'points' | 'objectives'>>, kind: 'stub' | 'solution', flavour: NotebookFlavour): string {
  const points = (ex: Pick<Exercise, 'points'>) => ex.points.public + ex.points.hidden;
  const rows = sources.map((ex) => `| ${ex.number} | ${ex.title} | ${ex.objectives.map((o) => OBJECTIVES[o]).join(', ')} | ${points(ex)} |`);
  const total = sources.reduce((sum, ex) => sum + points(ex), 0);
  const head = kind === 'solution'
    ? ['# Solutions: pipeline orchestration', '', 'One solution per exercise of the exercises notebook, each followed by its check cell.']
    : [
        '# Exercises: pipeline orchestration',
        '',
        'Run the first code cell below once. Then each exercise has a prompt, an **answer cell** whose',
        'function you write (it fails with "not implemented" until you do), and a **check cell**',
        '(`await check(N)`) that shows a table of cases: what was expected, what your function returned,',
        'and a hint for what fails. Run the answer cell, then its check cell: the check tests what the',
        "answer cell's latest run defined, exactly as the grader will (a failed run shows its error, and",
        'an answer that loops forever is stopped after 10 seconds). The exercises are independent: do them',
        'in any order. Keep the first line of each answer cell: the check and the grader find your answer by it.',
        '',
        ...(flavour === 'project'
          ? [
              'When you are done, save the notebook and grade it from a terminal in the project folder:',
              '',
              '```sh',
              'npm run grade -- exercises/exercises.ipynb',
              '```',
              '',
              'The grader runs the public checks you see here plus a few hidden ones, and writes a report to `grades/`.',
            ]
          : ['When you are done, save the notebook (File > Save) and hand in `exercises/exercises.ipynb` as your instructor asks.', 'It is graded with the public checks you see here plus a few hidden ones.']),
      ];
  return [...head, '', '| exercise | topic | practises | points |', '|---|---|---|---|', ...rows, `| | total | | ${total} |`].join('\n');
}
