/**
 * A class's gradebook: one row per submitted file (learner, file, status,
 * points per exercise, total, the problems found), and how it is written as
 * `gradebook.json` and `gradebook.csv`. Rows are sorted and carry no time, so
 * grading the same folder again writes the same files.
 *
 * @example
 * ```ts
 * import { gradebookCsv, type Gradebook } from 'odibi-ts/dist/src/grading/class/gradebook.js';
 * const book: Gradebook = {
 *   release: { course: '0.1.0', checks: 'abc' }, exercises: [{ number: 1, title: 'Executor', possible: 10 }], possible: 10,
 *   rows: [{ learner: 'ana', file: 'ana.ipynb', status: 'graded', total: 7, possible: 10, points: { '1': 7 }, exerciseStatus: {}, problems: [] }],
 * };
 * gradebookCsv(book); // 'learner,file,status,total,possible,exercise 1,problems\nana,ana.ipynb,graded,7,10,7,\n'
 * ```
 */
import * as aq from 'arquero';
import type { ExerciseGradeStatus } from '../grade-report.js';
import type { ReleaseStamp } from '../release-stamp.js';

/** Every status of a submission, from the best. */
export const SUBMISSION_STATUSES = ['graded', 'other-release', 'duplicate-id', 'timeout', 'error', 'unreadable', 'not-a-notebook'] as const;

/**
 * `graded`; `other-release`: graded, but made against other checks than these;
 * `duplicate-id`: graded, but another file has the same learner id; `timeout`:
 * grading it took longer than its budget; `error`: the grader failed on it;
 * `unreadable`: not JSON or not a notebook; `not-a-notebook`: not an .ipynb file.
 */
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** One submitted file. */
export interface GradebookRow {
  learner: string;
  file: string;
  status: SubmissionStatus;
  total: number;
  possible: number;
  /** Points per exercise, by exercise number. */
  points: Record<string, number>;
  /** Exercises whose grading did not end `graded` (a timeout, the memory limit, ...), by number. */
  exerciseStatus: Record<string, ExerciseGradeStatus>;
  problems: string[];
  /** The release stamp found in the notebook, if any. */
  release?: ReleaseStamp;
}

/** The whole gradebook, as `gradebook.json` holds it. */
export interface Gradebook {
  /** The release the class was graded with. */
  release: ReleaseStamp;
  exercises: Array<{ number: number; title: string; possible: number }>;
  possible: number;
  rows: GradebookRow[];
}

/** `gradebook.csv`: one line per row, a column per exercise, the problems joined with "; ". */
export function gradebookCsv(book: Gradebook): string {
  const records = book.rows.map((row) => ({
    learner: row.learner,
    file: row.file,
    status: row.status,
    total: row.total,
    possible: row.possible,
    ...Object.fromEntries(book.exercises.map((ex) => [`exercise ${ex.number}`, row.points[String(ex.number)] ?? 0])),
    problems: row.problems.join('; '),
  }));
  const columns = ['learner', 'file', 'status', 'total', 'possible', ...book.exercises.map((ex) => `exercise ${ex.number}`), 'problems'];
  const table = aq.table(Object.fromEntries(columns.map((c) => [c, records.map((r) => (r as Record<string, unknown>)[c])])));
  return table.toCSV();
}

/** Rows in gradebook order: by learner, then file. */
export function sortRows(rows: GradebookRow[]): GradebookRow[] {
  return [...rows].sort((a, b) => (a.learner === b.learner ? (a.file < b.file ? -1 : 1) : a.learner < b.learner ? -1 : 1));
}
