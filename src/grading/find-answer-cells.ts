/**
 * The learner's answer cells: code cells marked in their metadata
 * (`"odibi": {"exercise": N, "role": "answer"}`), never found by position, so
 * moved or added cells do not matter; a code cell whose metadata was lost is
 * still found by its first line (`// Answer to exercise N ...`). When a cell
 * was duplicated, the last one counts. What looked odd (a `null` cell, a cell
 * without source, a duplicate, a cell found only by its first line) is noted,
 * never fatal.
 *
 * @example
 * ```ts
 * import { findAnswerCells } from 'odibi-ts/dist/src/grading/find-answer-cells.js';
 * const nb = { nbformat: 4, nbformat_minor: 4, metadata: {}, cells: [
 *   { cell_type: 'code' as const, metadata: { odibi: { exercise: 1, role: 'answer' } }, source: 'function f() {}' },
 * ] };
 * findAnswerCells(nb).answers.get(1); // 'function f() {}'
 * ```
 */
import { markedExercise } from './answer-code.js';
import type { NotebookCell, NotebookJson } from './notebook-json.js';
import { cellText, odibiMeta } from './notebook-json.js';

/** The answer of each exercise found, and notes on what was odd. */
export interface AnswerCells {
  answers: Map<number, string>;
  notes: string[];
}

export function findAnswerCells(nb: NotebookJson): AnswerCells {
  const byMetadata = new Map<number, string[]>();
  const byMarker = new Map<number, string[]>();
  const notes: string[] = [];
  const cells: unknown[] = Array.isArray(nb.cells) ? nb.cells : [];
  cells.forEach((value, index) => {
    if (value === null || typeof value !== 'object') return void notes.push(`cell ${index + 1} is ${value === null ? 'null' : `a ${typeof value}`}, not a cell: skipped`);
    const cell = value as NotebookCell;
    if (cell.cell_type !== 'code') return;
    if (cell.source === null || cell.source === undefined) notes.push(`cell ${index + 1} has no source: read as empty`);
    const code = cellText(cell);
    const meta = odibiMeta(cell);
    if (meta?.role === 'answer') push(byMetadata, meta.exercise, code);
    else if (!meta && markedExercise(code) !== undefined) push(byMarker, markedExercise(code)!, code);
  });
  const answers = new Map<number, string>();
  for (const [exercise, codes] of byMetadata) {
    answers.set(exercise, codes[codes.length - 1]!);
    if (codes.length > 1) notes.push(`exercise ${exercise}: ${codes.length} answer cells; the last one was graded`);
  }
  for (const [exercise, codes] of byMarker) {
    if (answers.has(exercise)) continue;
    answers.set(exercise, codes[codes.length - 1]!);
    notes.push(`exercise ${exercise}: the answer cell has lost its metadata; it was found by its first line`);
  }
  return { answers: new Map([...answers].sort(([a], [b]) => a - b)), notes };
}

function push(map: Map<number, string[]>, key: number, code: string): void {
  map.set(key, [...(map.get(key) ?? []), code]);
}
