// Test helper: submissions made from the committed notebooks, with some answer cells replaced,
// written to an ignored folder (never a learner's file).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerMarker } from '../../src/grading/answer-code.js';
import { odibiMeta, serialiseNotebook, sourceLines, type NotebookJson } from '../../src/grading/notebook-json.js';

export const root = join(import.meta.dirname, '..', '..');

/** The committed solutions (or untouched exercises) notebook, each answer cell passed through `change` (null deletes it). */
export function notebookFrom(base: 'solutions' | 'exercises', change: (exercise: number, source: string) => string | null = (_, s) => s): NotebookJson {
  const file = base === 'solutions' ? 'solutions/solutions.ipynb' : 'exercises/exercises.ipynb';
  const nb = JSON.parse(readFileSync(join(root, file), 'utf8')) as NotebookJson;
  nb.cells = nb.cells.flatMap((cell) => {
    const meta = odibiMeta(cell);
    if (meta?.role !== 'answer') return [cell];
    const replaced = change(meta.exercise, Array.isArray(cell.source) ? cell.source.join('') : cell.source);
    return replaced === null ? [] : [{ ...cell, source: sourceLines(replaced) }];
  });
  return nb;
}

/** Answer cell code for exercise `n`: its marker line, then `code`. */
export function answer(n: number, code: string): string {
  return `${answerMarker(n)}\n${code}`;
}

/** Writes a submission (a notebook, or any text) into `dir` and returns its path. */
export function writeSubmission(dir: string, name: string, content: NotebookJson | string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : serialiseNotebook(content));
  return file;
}
