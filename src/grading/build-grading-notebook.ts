/**
 * The notebook the grader executes: for every exercise whose answer cell was
 * found, the learner's answer cell followed by its grading cell. Each
 * exercise's cells only depend on themselves, so one failing, looping or
 * missing exercise cannot take the others down.
 *
 * @example
 * ```ts
 * import { loadExerciseSources } from 'odibi-ts/dist/src/grading/exercise-source.js';
 * import { buildGradingNotebook } from 'odibi-ts/dist/src/grading/build-grading-notebook.js';
 * const sources = loadExerciseSources('..');
 * const { notebook, plan } = buildGradingNotebook(sources, new Map([[1, 'function executePipeline() {}']]), 't0k3n');
 * plan[0]; // { exercise: 1, answerCell: 0, gradingCell: 1 }
 * ```
 */
import type { ExerciseSource } from './exercise-source.js';
import { gradingCellCode } from './grading-cell-code.js';
import type { NotebookJson } from './notebook-json.js';
import { TSLAB_METADATA, codeCell } from './notebook-json.js';

/** Where an exercise's cells are in the grading notebook; none when its answer cell is missing. */
export interface GradingPlanEntry {
  exercise: number;
  answerCell?: number;
  gradingCell?: number;
}

export function buildGradingNotebook(
  sources: readonly ExerciseSource[],
  answers: ReadonlyMap<number, string>,
  token: string,
): { notebook: NotebookJson; plan: GradingPlanEntry[] } {
  const notebook: NotebookJson = { nbformat: 4, nbformat_minor: 4, metadata: { ...TSLAB_METADATA }, cells: [] };
  const plan: GradingPlanEntry[] = [];
  for (const ex of sources) {
    const answer = answers.get(ex.number);
    if (answer === undefined) {
      plan.push({ exercise: ex.number });
      continue;
    }
    const meta = (role: string) => ({ odibi: { exercise: ex.number, role } });
    notebook.cells.push(codeCell(answer.trim() === '' ? '// (empty answer cell)' : answer, meta('answer')));
    notebook.cells.push(codeCell(gradingCellCode(ex, token), meta('grading')));
    plan.push({ exercise: ex.number, answerCell: notebook.cells.length - 2, gradingCell: notebook.cells.length - 1 });
  }
  return { notebook, plan };
}
