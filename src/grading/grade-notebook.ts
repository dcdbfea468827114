/**
 * Grades a learner's notebook: copies it to an ignored work folder (the
 * learner's file is never touched), finds the answer cells by metadata
 * (rebasing their relative imports to the work folder), builds a grading notebook (each answer followed by its public and hidden
 * checks), executes it through the real kernel, continuing after errors and
 * restarting the kernel after a timeout or a crash, and writes JSON and HTML reports.
 * A broken submission (syntax error, throw, endless loop, deleted cell) only
 * costs the exercises it breaks.
 *
 * @example
 * ```ts
 * import { mkdirSync, writeFileSync } from 'node:fs';
 * import { gradeNotebook } from 'odibi-ts/dist/src/grading/grade-notebook.js';
 * // A submission whose answer cells were all deleted grades at once, without a kernel:
 * mkdirSync('../.odibi/tmp', { recursive: true });
 * writeFileSync('../.odibi/tmp/empty.ipynb', JSON.stringify({ nbformat: 4, nbformat_minor: 4, metadata: {}, cells: [] }));
 * const { report } = await gradeNotebook('../.odibi/tmp/empty.ipynb', { root: '..', reportDir: '../.odibi/tmp/grades' });
 * report.exercises[0].firstFailure; // 'cell deleted: no answer cell for this exercise was found (...)'
 * // The real thing: await gradeNotebook('../exercises/exercises.ipynb', { root: '..' })
 * ```
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { OdibiError } from '../errors.js';
import { loadExerciseSources } from './exercise-source.js';
import { findAnswerCells } from './find-answer-cells.js';
import { rebaseImports } from './rebase-imports.js';
import { runGradingRounds } from './run-grading-rounds.js';
import type { ExercisePoints } from './score-exercises.js';
import type { NotebookJson } from './notebook-json.js';
import type { GradeReport } from './grade-report.js';
import { gradeReportHtml } from './grade-report-html.js';

/** Options of {@link gradeNotebook}. */
export interface GradeNotebookOptions {
  /** The project root (where exercises/ and src/ are). */
  root: string;
  /** Time allowed for each cell; an answer that takes longer scores 0 for its exercise. Default 60 000 ms. */
  timeoutMs?: number;
  /** Where the reports go; default `<root>/grades`. The work folder is always `<root>/.odibi/grading/`, where the kernel finds the library by name. */
  reportDir?: string;
  /** The grading time (injected clock); default now. */
  now?: Date;
  /** The result-line token; default random. */
  token?: string;
  /** How the report names the notebook; default the path as given. */
  label?: string;
}

/** What {@link gradeNotebook} produced. */
export interface GradeNotebookResult {
  report: GradeReport;
  jsonPath: string;
  htmlPath: string;
  /** The executed grading notebooks (one per round; a new round follows an answer that killed the kernel). */
  executedPaths: string[];
}

export async function gradeNotebook(notebookPath: string, options: GradeNotebookOptions): Promise<GradeNotebookResult> {
  const root = resolve(options.root);
  const now = options.now ?? new Date();
  const token = options.token ?? randomBytes(8).toString('hex');
  const reportDir = resolve(options.reportDir ?? join(root, 'grades'));
  const stem = basename(notebookPath).replace(/\.ipynb$/, '');
  const work = join(root, '.odibi', 'grading', `${stem}-${now.toISOString().replace(/[:.]/g, '-')}-${token.slice(0, 6)}`);
  mkdirSync(work, { recursive: true });
  mkdirSync(reportDir, { recursive: true });
  const submission = join(work, 'submission.ipynb');
  copyFileSync(notebookPath, submission);
  const notebook = readNotebook(submission, notebookPath);

  const sources = loadExerciseSources(root);
  const points: ExercisePoints[] = sources.map((ex) => ({ number: ex.number, title: ex.title, publicPoints: ex.points.public, hiddenPoints: ex.points.hidden }));
  const from = dirname(resolve(notebookPath));
  const answers = new Map([...findAnswerCells(notebook)].map(([n, code]) => [n, rebaseImports(code, from, work)]));
  const { grades: exercises, executedPaths } = await runGradingRounds({
    root, work, sources, points, answers, token, timeoutMs: options.timeoutMs ?? 60_000,
  });
  const report: GradeReport = {
    notebook: options.label ?? notebookPath,
    gradedAt: now.toISOString(),
    earned: exercises.reduce((s, e) => s + e.earned, 0),
    possible: exercises.reduce((s, e) => s + e.possible, 0),
    exercises,
  };
  const jsonPath = join(reportDir, `${stem}-grade.json`);
  const htmlPath = join(reportDir, `${stem}-grade.html`);
  writeFileSync(jsonPath, JSON.stringify(report, null, 2) + '\n');
  writeFileSync(htmlPath, gradeReportHtml(report));
  return { report, jsonPath, htmlPath, executedPaths };
}

function readNotebook(copy: string, original: string): NotebookJson {
  try {
    const nb = JSON.parse(readFileSync(copy, 'utf8')) as NotebookJson;
    if (!Array.isArray(nb.cells)) throw new Error('it has no list of cells');
    return nb;
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new OdibiError('GRADE_NOTEBOOK_UNREADABLE', `notebook ${original} cannot be graded: ${why}`, {
      file: original,
      hint: 'pass the .ipynb file saved by Jupyter (File > Save); if it is damaged, copy your answers into a fresh exercises/exercises.ipynb',
      cause,
    });
  }
}
