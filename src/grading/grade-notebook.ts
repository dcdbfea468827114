/**
 * Grades a learner's notebook file and writes the reports: reads it as
 * untrusted input (the file itself is never changed), grades every exercise
 * in its own sandbox (see `gradeSubmission`), and writes
 * `<reports>/<name>-grade.json` and `-grade.html`. A notebook that is not
 * JSON or not a notebook is a GRADE_NOTEBOOK_UNREADABLE error; everything a
 * readable notebook contains is graded, however broken.
 *
 * @example
 * ```ts
 * import { mkdirSync, writeFileSync } from 'node:fs';
 * import { gradeNotebook } from 'odibi-ts/dist/src/grading/grade-notebook.js';
 * // A submission whose answer cells were all deleted grades at once, without running anything:
 * mkdirSync('../.odibi/tmp', { recursive: true });
 * writeFileSync('../.odibi/tmp/empty.ipynb', JSON.stringify({ nbformat: 4, nbformat_minor: 4, metadata: {}, cells: [] }));
 * const { report } = await gradeNotebook('../.odibi/tmp/empty.ipynb', { root: '..', reportDir: '../.odibi/tmp/grades' });
 * report.exercises[0].firstFailure; // 'cell deleted: no answer cell for this exercise was found (...)'
 * // The real thing: await gradeNotebook('../exercises/exercises.ipynb', { root: '..' })
 * ```
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { OdibiError } from '../errors.js';
import { gradeReportHtml } from './grade-report-html.js';
import type { GradeReport } from './grade-report.js';
import { gradeSubmission, type GradeSubmissionOptions } from './grade-submission.js';
import { readSubmission } from './read-submission.js';

/** Options of {@link gradeNotebook}. */
export interface GradeNotebookOptions extends Pick<GradeSubmissionOptions, 'limits' | 'concurrency' | 'exercises'> {
  /** The course project (where exercises/ and dist/ are). */
  root: string;
  /** Where the reports go; default `<root>/grades`. */
  reportDir?: string;
  /** The grading time (injected clock); default now. */
  now?: Date;
  /** How the report names the notebook; default the path as given. */
  label?: string;
}

/** What {@link gradeNotebook} produced. */
export interface GradeNotebookResult {
  report: GradeReport;
  jsonPath: string;
  htmlPath: string;
}

export async function gradeNotebook(notebookPath: string, options: GradeNotebookOptions): Promise<GradeNotebookResult> {
  const root = resolve(options.root);
  const submission = readSubmission(notebookPath);
  if (submission.ok === false) {
    throw new OdibiError('GRADE_NOTEBOOK_UNREADABLE', `notebook ${notebookPath} cannot be graded: ${submission.reason}`, {
      file: notebookPath,
      hint: 'pass the .ipynb file saved by Jupyter (File > Save); if it is damaged, copy your answers into a fresh exercises notebook',
    });
  }
  const stem = basename(notebookPath).replace(/\.ipynb$/, '');
  const work = join(root, '.odibi', 'grading', `${stem}-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    const graded = await gradeSubmission(submission.notebook, { ...options, root, work });
    const report: GradeReport = {
      notebook: options.label ?? notebookPath,
      gradedAt: (options.now ?? new Date()).toISOString(),
      earned: graded.exercises.reduce((s, e) => s + e.earned, 0),
      possible: graded.exercises.reduce((s, e) => s + e.possible, 0),
      exercises: graded.exercises,
      notes: graded.notes,
      ...(graded.isolation ? { isolation: graded.isolation } : {}),
    };
    const reportDir = resolve(options.reportDir ?? join(root, 'grades'));
    mkdirSync(reportDir, { recursive: true });
    const jsonPath = join(reportDir, `${stem}-grade.json`);
    const htmlPath = join(reportDir, `${stem}-grade.html`);
    writeFileSync(jsonPath, JSON.stringify(report, null, 2) + '\n');
    writeFileSync(htmlPath, gradeReportHtml(report));
    return { report, jsonPath, htmlPath };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
