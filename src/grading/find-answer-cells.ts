/**
 * The learner's answer cells, found by their metadata
 * (`"odibi": {"exercise": N, "role": "answer"}`), never by position, so
 * moved or added cells do not matter. When a cell was duplicated, the last
 * one counts.
 *
 * @example
 * ```ts
 * import { findAnswerCells } from 'odibi-ts/dist/src/grading/find-answer-cells.js';
 * const nb = { nbformat: 4, nbformat_minor: 4, metadata: {}, cells: [
 *   { cell_type: 'code' as const, metadata: { odibi: { exercise: 1, role: 'answer' } }, source: 'function f() {}' },
 * ] };
 * findAnswerCells(nb).get(1); // 'function f() {}'
 * ```
 */
import type { NotebookJson } from './notebook-json.js';
import { cellText, odibiMeta } from './notebook-json.js';

export function findAnswerCells(nb: NotebookJson): Map<number, string> {
  const answers = new Map<number, string>();
  for (const cell of nb.cells ?? []) {
    const meta = odibiMeta(cell);
    if (cell.cell_type === 'code' && meta?.role === 'answer') answers.set(meta.exercise, cellText(cell));
  }
  return answers;
}
