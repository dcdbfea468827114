/**
 * Reads a submitted notebook as untrusted input: the file must exist, be
 * JSON, and look like an nbformat 4 notebook (an object with a `cells` list);
 * anything else is a problem with its reason, never an exception. What is
 * inside the cells is for `findAnswerCells` to cope with.
 *
 * @example
 * ```ts
 * import { mkdirSync, writeFileSync } from 'node:fs';
 * import { readSubmission } from 'odibi-ts/dist/src/grading/read-submission.js';
 * mkdirSync('../.odibi/tmp', { recursive: true });
 * writeFileSync('../.odibi/tmp/broken.ipynb', '{ not json');
 * readSubmission('../.odibi/tmp/broken.ipynb'); // { ok: false, reason: 'it is not JSON (...)' }
 * ```
 */
import { readFileSync } from 'node:fs';
import type { NotebookJson } from './notebook-json.js';

/** The notebook, or why it cannot be graded. */
export type Submission = { ok: true; notebook: NotebookJson } | { ok: false; reason: string };

export function readSubmission(file: string): Submission {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, reason: `it cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `it is not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: false, reason: 'it is JSON but not a notebook (not an object)' };
  const cells = (data as { cells?: unknown }).cells;
  if (!Array.isArray(cells)) return { ok: false, reason: 'it is JSON but not a notebook (it has no list of cells)' };
  return { ok: true, notebook: data as NotebookJson };
}
