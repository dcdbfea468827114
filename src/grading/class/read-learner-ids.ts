/**
 * Reads the CSV that names the learner of each submitted file, for class
 * grading (`odibi grade <folder> --ids ids.csv`): a `file` column (a path
 * relative to the CSV's folder, or just the file name) and an `id` (or
 * `learner`) column. Without it, a learner's id is the file's name.
 *
 * @example
 * ```ts
 * import { parseLearnerIds } from 'odibi-ts/dist/src/grading/class/read-learner-ids.js';
 * parseLearnerIds('file,id\nsubmissions/ana.ipynb,a.silva\nbo.ipynb,b.ng\n', 'ids.csv').get('bo.ipynb'); // 'b.ng'
 * ```
 */
import { readFileSync } from 'node:fs';
import * as aq from 'arquero';
import { OdibiError } from '../../errors.js';

/** Learner ids by file (as written in the CSV, with `/` separators). */
export function parseLearnerIds(text: string, file: string): Map<string, string> {
  let rows: Array<Record<string, unknown>>;
  try {
    rows = aq.fromCSV(text, { autoType: false }).objects() as Array<Record<string, unknown>>;
  } catch (cause) {
    throw new OdibiError('USAGE', `${file} is not a CSV file: ${cause instanceof Error ? cause.message : String(cause)}`, { file, hint: 'give a CSV with a header line: file,id' });
  }
  const idColumn = rows.length > 0 && 'learner' in rows[0]! && !('id' in rows[0]!) ? 'learner' : 'id';
  if (rows.length > 0 && (!('file' in rows[0]!) || !(idColumn in rows[0]!))) {
    throw new OdibiError('USAGE', `${file} needs the columns file and id, it has ${Object.keys(rows[0]!).join(', ')}`, { file, hint: 'the first line of the CSV must be: file,id' });
  }
  const ids = new Map<string, string>();
  rows.forEach((row, i) => {
    const path = String(row.file ?? '').trim().replace(/\\/g, '/');
    const id = String(row[idColumn] ?? '').trim();
    if (!path || !id) throw new OdibiError('USAGE', `${file}, line ${i + 2}: both file and id are needed`, { file, line: i + 2, hint: 'one line per submitted file: its path and the learner\'s id' });
    ids.set(path, id);
  });
  return ids;
}

/** Reads and parses the CSV at `file`. */
export function readLearnerIds(file: string): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new OdibiError('USAGE', `the learner ids ${file} cannot be read (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`, { file, hint: 'pass the path of a CSV file with the columns file,id' });
  }
  return parseLearnerIds(text, file);
}
