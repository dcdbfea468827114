/**
 * Grades a whole class: every submitted file (see `collectSubmissions`), in
 * parallel worker processes (see `runWorkerPool`), each notebook graded as
 * `odibi grade` grades one (every exercise in its own sandbox). Writes into
 * `out`: `gradebook.csv` and `gradebook.json` (one row per file, with a
 * status), one feedback page per learner under `feedback/` (public cases in
 * full, hidden ones as passed or not with their hint), and the class summary
 * page `index.html`. Files that are not notebooks, notebooks that cannot be
 * read, duplicate learner ids and submissions made against another release
 * are rows with their status, never a failure of the whole run.
 *
 * @example
 * ```ts
 * // not run: it grades every notebook of a folder (minutes for a class)
 * import { gradeClass } from 'odibi-ts/dist/src/grading/class/grade-class.js';
 * const { gradebook } = await gradeClass({ root: '..', inputs: ['submissions'], out: 'grades/week-1', cwd: process.cwd() });
 * gradebook.rows.map((r) => `${r.learner}: ${r.total}`);
 * ```
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { OdibiError } from '../../errors.js';
import { gradeReportHtml } from '../grade-report-html.js';
import type { GradeReport } from '../grade-report.js';
import { gradingLimits } from '../grading-limits.js';
import { loadExercises } from '../load-exercises.js';
import { releaseStamp } from '../release-stamp.js';
import type { SandboxLimits } from '../sandbox/sandbox-command.js';
import { classSummary } from './class-summary.js';
import { classSummaryHtml } from './class-summary-html.js';
import { collectSubmissions, type SubmissionEntry } from './collect-submissions.js';
import { gradebookCsv, sortRows, type Gradebook, type GradebookRow } from './gradebook.js';
import { readLearnerIds } from './read-learner-ids.js';
import { runWorkerPool, type PoolResult } from './run-worker-pool.js';

/** Options of {@link gradeClass}. */
export interface GradeClassOptions {
  /** The course project (its exercises, with the hidden checks). */
  root: string;
  /** Notebooks and folders of them. */
  inputs: string[];
  /** Where the gradebook, feedback pages and summary go. */
  out: string;
  /** Folder relative paths are resolved against and shown from. */
  cwd: string;
  /** A CSV (`file,id`) naming each file's learner. */
  ids?: string;
  /** Submissions graded at once; default: the number of cores. */
  jobs?: number;
  limits?: Partial<SandboxLimits>;
  /** The grading time shown on the feedback pages; default now. */
  now?: Date;
  /** Called as each submission is graded. */
  onGraded?: (row: GradebookRow, done: number, total: number) => void;
}

/** What {@link gradeClass} wrote. */
export interface ClassGrades {
  gradebook: Gradebook;
  files: { csv: string; json: string; summary: string; feedback: string[] };
}

export async function gradeClass(options: GradeClassOptions): Promise<ClassGrades> {
  const root = resolve(options.root);
  const out = resolve(options.cwd, options.out);
  const limits = gradingLimits(options.limits);
  const exercises = loadExercises(root);
  const release = releaseStamp(root);
  const idsFile = options.ids ? resolve(options.cwd, options.ids) : undefined;
  const entries = collectSubmissions(options.inputs, { cwd: options.cwd, ...(idsFile ? { ids: readLearnerIds(idsFile), idsBase: dirname(idsFile) } : {}) })
    .filter((entry) => !entry.file.startsWith(out + sep) && entry.file !== idsFile);
  if (entries.length === 0) throw new OdibiError('USAGE', `no files to grade in ${options.inputs.join(', ')}`, { hint: 'pass the learners\' notebooks, or a folder that holds them' });
  const book: Gradebook = { release, exercises: exercises.map((ex) => ({ number: ex.number, title: ex.title, possible: ex.points.public + ex.points.hidden })), possible: 0, rows: [] };
  book.possible = book.exercises.reduce((sum, ex) => sum + ex.possible, 0);

  const work = join(root, '.odibi', 'grading', `class-${process.pid}-${randomBytes(4).toString('hex')}`);
  const notebooks = entries.map((entry, index) => ({ entry, index })).filter(({ entry }) => entry.file.endsWith('.ipynb'));
  const jobs = notebooks.map(({ entry, index }) => ({ index, file: entry.file, root, work: join(work, String(index)), limits }));
  let done = 0;
  const results = new Map<number, PoolResult>();
  try {
    const pool = await runWorkerPool(jobs, {
      size: options.jobs ?? availableParallelism(),
      budgetMs: exercises.length * limits.timeMs + 120_000,
      onDone: (result) => options.onGraded?.(rowOf(entries[result.index]!, result, book).row, ++done, jobs.length),
    });
    for (const result of pool) results.set(result.index, result);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  const now = (options.now ?? new Date()).toISOString();
  const graded = entries.map((entry, index) => rowOf(entry, results.get(index), book, now));
  markDuplicates(graded.map((g) => g.row));
  book.rows = sortRows(graded.map((g) => g.row));
  return writeClass(out, book, graded);
}

/** A row (and the learner's report, when the notebook was graded) from a worker's result. */
function rowOf(entry: SubmissionEntry, result: PoolResult | undefined, book: Gradebook, gradedAt = ''): { row: GradebookRow; report?: GradeReport } {
  const base = { learner: entry.learner, file: entry.label, total: 0, possible: book.possible, points: Object.fromEntries(book.exercises.map((ex) => [String(ex.number), 0])), exerciseStatus: {}, problems: [] as string[] };
  if (!result) return { row: { ...base, status: 'not-a-notebook', problems: ['not a notebook (.ipynb) file'] } };
  if (result.kind === 'unreadable') return { row: { ...base, status: 'unreadable', problems: [result.reason] } };
  if (result.kind === 'timeout' || result.kind === 'error') return { row: { ...base, status: result.kind, problems: [result.reason] } };
  const { exercises, notes, isolation } = result.graded;
  const report: GradeReport = {
    notebook: `${entry.learner} (${entry.label})`, gradedAt, earned: exercises.reduce((s, e) => s + e.earned, 0), possible: exercises.reduce((s, e) => s + e.possible, 0),
    exercises, notes, ...(isolation ? { isolation } : {}),
  };
  const problems = [...notes, ...exercises.filter((e) => e.status !== 'graded').map((e) => `exercise ${e.exercise}: ${e.status}`)];
  const other = result.stamp && result.stamp.checks !== book.release.checks;
  if (other) problems.unshift(`made against release ${result.stamp!.course} (checks ${result.stamp!.checks}); graded with ${book.release.course} (checks ${book.release.checks})`);
  if (!result.stamp) problems.push('no release stamp: not made from a released course');
  const row: GradebookRow = {
    ...base,
    status: other ? 'other-release' : 'graded',
    total: report.earned,
    points: Object.fromEntries(exercises.map((e) => [String(e.exercise), e.earned])),
    exerciseStatus: Object.fromEntries(exercises.filter((e) => e.status !== 'graded').map((e) => [String(e.exercise), e.status])),
    problems,
    ...(result.stamp ? { release: result.stamp } : {}),
  };
  return { row, report };
}

/** Files that name the same learner: each keeps its points, flagged, with the other files named. */
function markDuplicates(rows: GradebookRow[]): void {
  for (const row of rows) {
    const same = rows.filter((r) => r.learner === row.learner && r !== row);
    if (same.length === 0) continue;
    if (row.status === 'graded' || row.status === 'other-release') row.status = 'duplicate-id';
    row.problems.push(`the learner id "${row.learner}" is also given to ${same.map((r) => r.file).join(', ')}`);
  }
}

async function writeClass(out: string, book: Gradebook, graded: Array<{ row: GradebookRow; report?: GradeReport }>): Promise<ClassGrades> {
  mkdirSync(join(out, 'feedback'), { recursive: true });
  const pages = new Map<GradebookRow, string>();
  const used = new Set<string>();
  for (const { row, report } of graded) {
    if (!report) continue;
    const stem = row.learner.replace(/[^\w.-]+/g, '_') || 'learner';
    let name = `${stem}.html`;
    for (let k = 2; used.has(name); k++) name = `${stem}-${k}.html`;
    used.add(name);
    writeFileSync(join(out, 'feedback', name), gradeReportHtml(report));
    pages.set(row, `feedback/${name}`);
  }
  const files = { csv: join(out, 'gradebook.csv'), json: join(out, 'gradebook.json'), summary: join(out, 'index.html'), feedback: [...pages.values()].sort().map((p) => join(out, p)) };
  writeFileSync(files.json, JSON.stringify(book, null, 2) + '\n');
  writeFileSync(files.csv, gradebookCsv(book));
  const summary = classSummary(graded, book.exercises);
  writeFileSync(files.summary, await classSummaryHtml(summary, book.release, book.possible, book.rows.map((row) => ({ ...row, ...(pages.has(row) ? { page: pages.get(row)! } : {}) }))));
  return { gradebook: book, files };
}

