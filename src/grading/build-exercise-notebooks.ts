/**
 * Generates the learner's notebook (`exercises/exercises.ipynb`: prompts,
 * stubs, one-line check cells) and the solutions notebook (the same with
 * solutions) from the exercises' single sources. Deterministic: the same
 * sources give the same bytes, so a test can compare the committed notebooks.
 * Points come from the cases. In the solutions notebook each solution ends
 * with its explanation (after the check cell). `release` stamps the notebooks' metadata with
 * the course release they belong to.
 *
 * @example
 * ```ts
 * import * as path from 'node:path';
 * import { buildExerciseNotebooks } from 'odibi-ts/dist/src/grading/build-exercise-notebooks.js';
 * const { exercises, solutions } = buildExerciseNotebooks(path.resolve('..'));
 * exercises.cells.length === solutions.cells.length; // true
 * ```
 */
import { answerCode } from './answer-code.js';
import { CHECK_IMPORT, checkCellCode } from './check-cell-code.js';
import { OBJECTIVES, notebookIntroduction, type NotebookFlavour } from './notebook-introduction.js';
import { loadExercises, type Exercise } from './load-exercises.js';
import type { NotebookCell, NotebookJson } from './notebook-json.js';
import { TSLAB_METADATA, codeCell, markdownCell } from './notebook-json.js';

/** Options of {@link buildExerciseNotebooks}. */
export interface BuildExerciseNotebooksOptions {
  /** The exercises; default: all of `<root>/exercises/src`. */
  exercises?: Exercise[];
  /** Metadata stamped as `metadata.odibi.release` (a released course). */
  release?: Record<string, unknown>;
  /** `project`: the learner works in the course project and grades with `npm run grade`; `release`: hands the notebook in. */
  flavour?: NotebookFlavour;
}

export function buildExerciseNotebooks(root: string, options: BuildExerciseNotebooksOptions = {}): { exercises: NotebookJson; solutions: NotebookJson } {
  const sources = options.exercises ?? loadExercises(root);
  const metadata = { ...TSLAB_METADATA, ...(options.release ? { odibi: { release: options.release } } : {}) };
  const build = (kind: 'stub' | 'solution'): NotebookJson => ({
    nbformat: 4,
    nbformat_minor: 4,
    metadata,
    cells: [
      markdownCell(notebookIntroduction(sources, kind, options.flavour ?? 'project'), {}),
      codeCell(`// Run this cell first (again after restarting the kernel): it brings in \`check\`, which every check cell calls.\n${CHECK_IMPORT}`, {}),
      ...sources.flatMap((ex) => exerciseCells(ex, kind)),
    ],
  });
  return { exercises: build('stub'), solutions: build('solution') };
}


function exerciseCells(ex: Exercise, kind: 'stub' | 'solution'): NotebookCell[] {
  if (ex.answer === undefined) throw new Error(`exercise ${ex.number} has no answer.ts to make its cells from`);
  const meta = (role: string) => ({ odibi: { exercise: ex.number, role } });
  const points = ex.points.public + ex.points.hidden;
  const prompt = `${ex.prompt}\n\n*${points} points; practises ${ex.objectives.map((o) => OBJECTIVES[o]).join(', ')}. Write \`${ex.entry}\` in the next cell, run it, then run the check cell after it.*`;
  const cells = [
    markdownCell(prompt, meta('prompt')),
    codeCell(answerCode(ex.answer, ex.number, kind), meta('answer')),
    codeCell(checkCellCode(ex.number), meta('check')),
  ];
  if (kind === 'solution' && ex.explanation !== undefined) cells.push(markdownCell(ex.explanation, meta('explanation')));
  return cells;
}
