/**
 * Generates the learner's notebook (`exercises/exercises.ipynb`: prompts,
 * stubs, public checks) and the solutions notebook (the same with solutions)
 * from the exercises' single sources. Deterministic: the same sources give
 * the same bytes, so a test can compare the committed notebooks.
 *
 * @example
 * ```ts
 * import { buildExerciseNotebooks } from 'odibi-ts/dist/src/grading/build-exercise-notebooks.js';
 * const { exercises, solutions } = buildExerciseNotebooks('..');
 * exercises.cells.length > 0; // true
 * ```
 */
import type { ExerciseSource } from './exercise-source.js';
import { loadExerciseSources } from './exercise-source.js';
import { answerCode } from './answer-code.js';
import { checkCellCode } from './check-cell-code.js';
import type { NotebookCell, NotebookJson } from './notebook-json.js';
import { TSLAB_METADATA, codeCell, markdownCell } from './notebook-json.js';

export function buildExerciseNotebooks(root: string): { exercises: NotebookJson; solutions: NotebookJson } {
  const sources = loadExerciseSources(root);
  const points = new Map(sources.map((ex) => [ex.number, ex.points.public + ex.points.hidden]));
  const build = (kind: 'stub' | 'solution'): NotebookJson => ({
    nbformat: 4,
    nbformat_minor: 4,
    metadata: { ...TSLAB_METADATA },
    cells: [markdownCell(introduction(sources, points, kind), {}), ...sources.flatMap((ex) => exerciseCells(ex, points.get(ex.number)!, kind))],
  });
  return { exercises: build('stub'), solutions: build('solution') };
}

const OBJECTIVES = ['', 'pipeline architecture', 'the manager', 'the graph', 'execution flow', 'the context', 'error handling', 'results', 'stories'];

function exerciseCells(ex: ExerciseSource, points: number, kind: 'stub' | 'solution'): NotebookCell[] {
  const meta = (role: string) => ({ odibi: { exercise: ex.number, role } });
  const prompt = `${ex.prompt}\n\n*${points} points; practises ${ex.objectives.map((o) => OBJECTIVES[o]).join(', ')}. Write \`${ex.entry}\` in the next cell, then run the check cell after it.*`;
  return [
    markdownCell(prompt, meta('prompt')),
    codeCell(answerCode(ex.answer, ex.number, kind), meta('answer')),
    codeCell(checkCellCode(ex, 'odibi-ts/dist/src/'), meta('check')),
  ];
}

function introduction(sources: ExerciseSource[], points: Map<number, number>, kind: 'stub' | 'solution'): string {
  const total = [...points.values()].reduce((a, b) => a + b, 0);
  const rows = sources.map((ex) => `| ${ex.number} | ${ex.title} | ${points.get(ex.number)} |`);
  const head =
    kind === 'stub'
      ? [
          '# Exercises: pipeline orchestration',
          '',
          'Each exercise has a prompt, an **answer cell** whose function you write (it fails with',
          '"not implemented" until you do), and a **check cell** that shows a table of cases: what was',
          'expected, what your function returned, and a hint for what fails. The exercises are',
          'independent: do them in any order, and re-run an answer cell and its check cell as often as you like.',
          'If a check cell never finishes, your function loops forever: restart the kernel',
          '(Kernel > Restart), fix the loop, and run the answer cell again.',
          '',
          'When you are done, save the notebook and grade it from a terminal in the project folder:',
          '',
          '```sh',
          'npm run grade -- exercises/exercises.ipynb',
          '```',
          '',
          'The grader runs the public checks you see here plus a few hidden ones, and writes a report',
          'to `grades/`. Keep the answer cells where they are: the grader finds them by their metadata.',
        ]
      : ['# Solutions: pipeline orchestration', '', 'One solution per exercise of `exercises/exercises.ipynb`, each followed by its public checks.'];
  return [...head, '', '| exercise | topic | points |', '|---|---|---|', ...rows, `| | total | ${total} |`].join('\n');
}
