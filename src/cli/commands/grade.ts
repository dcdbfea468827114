/**
 * `odibi grade <notebook> [--timeout SECONDS] [--memory MIB] [--json] [--out DIR]`:
 * grades an exercises notebook with the public and hidden checks, each
 * exercise's answer in its own sandbox, and prints the score table; JSON and
 * HTML reports go to `grades/`. Exits 0 whenever grading completed, whatever
 * the score (a broken answer only costs its own exercise); 1 when the
 * notebook cannot be graded (not JSON, not a notebook) or there are no
 * exercises here; 2 for a usage error.
 *
 * `odibi grade <notebook|folder ...> --out DIR [--ids CSV] [--jobs N]`: grades
 * a class (several notebooks, or folders of them) into a gradebook, one
 * feedback page per learner and a summary page (see `gradeClass`).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import type { CliContext } from '../cli-context.js';
import { OdibiError } from '../../errors.js';
import { gradeClass, type ClassGrades } from '../../grading/class/grade-class.js';
import { gradeNotebook, type GradeNotebookResult } from '../../grading/grade-notebook.js';
import { gradingLimits } from '../../grading/grading-limits.js';
import { scoreTable } from '../../grading/score-table.js';
import { jupyterEnv } from '../../notebook/jupyter-env.mjs';

/** Options of {@link gradeFile}. */
export interface GradeCommandOptions {
  /** Seconds allowed for each exercise (its answer cell and all its cases); default 10. */
  timeout?: string;
  /** Address space for each exercise's process, in MiB; default 2048. */
  memory?: string;
  /** Print the JSON report instead of the table. */
  json?: boolean;
  /** Where the reports go; default `<project>/grades`. */
  out?: string;
  /** Folder the report paths are shown relative to; default the current folder. */
  cwd?: string;
  /** Class grading: a CSV (file,id) naming each file's learner. */
  ids?: string;
  /** Class grading: submissions graded at once; default the number of cores. */
  jobs?: string;
}

/** The limits given on the command line, checked. */
export function limitsFromOptions(options: Pick<GradeCommandOptions, 'timeout' | 'memory'>): ReturnType<typeof gradingLimits> {
  const number = (text: string | undefined, flag: string, example: string) => {
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0) throw new OdibiError('USAGE', `${flag} must be a positive number, got "${text}"`, { hint: `for example ${flag} ${example}` });
    return value;
  };
  const seconds = number(options.timeout, '--timeout', '30');
  const memoryMb = number(options.memory, '--memory', '2048');
  return gradingLimits({ ...(seconds ? { timeMs: seconds * 1000 } : {}), ...(memoryMb ? { memoryMb } : {}) });
}

/**
 * Grades a notebook and returns the result and the text to print (the score
 * table and where the reports are).
 *
 * @example
 * ```ts
 * import { mkdirSync, writeFileSync } from 'node:fs';
 * import { gradeFile } from 'odibi-ts/dist/src/cli/commands/grade.js';
 * mkdirSync('../.odibi/tmp', { recursive: true });
 * writeFileSync('../.odibi/tmp/empty.ipynb', JSON.stringify({ nbformat: 4, nbformat_minor: 4, metadata: {}, cells: [] }));
 * const { text } = await gradeFile('../.odibi/tmp/empty.ipynb', { out: '../.odibi/tmp/grades' });
 * console.log(text); // the score table: every exercise "cell deleted"
 * // The real thing: await gradeFile('../exercises/exercises.ipynb')
 * ```
 */
export async function gradeFile(notebook: string, options: GradeCommandOptions = {}): Promise<{ result: GradeNotebookResult; text: string }> {
  const limits = limitsFromOptions(options);
  if (!existsSync(notebook)) {
    throw new OdibiError('USAGE', `notebook ${notebook} does not exist`, { hint: 'pass the path of your notebook, e.g. exercises/exercises.ipynb' });
  }
  if (statSync(notebook).isDirectory()) {
    throw new OdibiError('USAGE', `${notebook} is a folder`, { hint: 'to grade every notebook in it as a class, run odibi grade <folder> --out <dir>' });
  }
  const show = (p: string) => relative(options.cwd ?? process.cwd(), p) || p;
  const label = show(resolve(notebook));
  const result = await gradeNotebook(notebook, { root: jupyterEnv().root, limits, label, ...(options.out ? { reportDir: resolve(options.out) } : {}) });
  const text = options.json
    ? JSON.stringify(result.report, null, 2)
    : [
        `Grade of ${label}: ${result.report.earned} / ${result.report.possible} points`,
        '',
        scoreTable(result.report),
        '',
        `Reports: ${show(result.htmlPath)} (open in a browser), ${show(result.jsonPath)}`,
      ].join('\n');
  return { result, text };
}

/**
 * Grades a class and returns what was written and the text to print (the
 * statuses, the mean, where the gradebook and pages are).
 *
 * @example
 * ```ts
 * // not run: it grades every notebook of a folder
 * import { gradeClassFiles } from 'odibi-ts/dist/src/cli/commands/grade.js';
 * const { text } = await gradeClassFiles(['submissions'], { out: 'grades/week-1' });
 * ```
 */
export async function gradeClassFiles(inputs: string[], options: GradeCommandOptions & { onLine?: (line: string) => void }): Promise<{ grades: ClassGrades; text: string }> {
  const limits = limitsFromOptions(options);
  if (!options.out) throw new OdibiError('USAGE', 'grading a class needs --out <dir> for the gradebook and the feedback pages', { hint: 'for example: odibi grade submissions/ --out grades/week-1' });
  const jobs = options.jobs === undefined ? undefined : Number(options.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0)) throw new OdibiError('USAGE', `--jobs must be a whole number above 0, got "${options.jobs}"`, { hint: 'for example --jobs 2' });
  const cwd = options.cwd ?? process.cwd();
  const grades = await gradeClass({
    root: jupyterEnv().root, inputs, out: options.out, cwd, limits, ...(options.ids ? { ids: options.ids } : {}), ...(jobs ? { jobs } : {}),
    onGraded: (row, done, total) => options.onLine?.(`[${done}/${total}] ${row.learner} (${row.file}): ${row.status}, ${row.total} / ${row.possible}`),
  });
  const { rows, possible } = grades.gradebook;
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  const totals = rows.filter((r) => r.status === 'graded' || r.status === 'other-release' || r.status === 'duplicate-id').map((r) => r.total);
  const mean = totals.length === 0 ? 0 : totals.reduce((a, b) => a + b, 0) / totals.length;
  const show = (p: string) => relative(cwd, p) || p;
  const text = [
    `Graded ${rows.length} submission${rows.length === 1 ? '' : 's'}: ${[...counts].map(([status, n]) => `${n} ${status}`).join(', ')}; mean ${mean.toFixed(1)} / ${possible}`,
    `Gradebook: ${show(grades.files.csv)}, ${show(grades.files.json)}`,
    `Class summary: ${show(grades.files.summary)}; feedback pages: ${show(join(dirname(grades.files.summary), 'feedback'))}/`,
  ].join('\n');
  return { grades, text };
}

/**
 * Adds `odibi grade` to a commander program; output goes to the context's
 * streams, and relative paths are taken from its folder.
 *
 * @example
 * ```ts
 * import { Command } from 'commander';
 * import { gradeCommand } from 'odibi-ts/dist/src/cli/commands/grade.js';
 * const program = new Command('odibi');
 * gradeCommand(program, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), exitCode: 0 });
 * ```
 */
export function gradeCommand(program: Command, context: CliContext): Command {
  return program
    .command('grade')
    .description('grade an exercises notebook: public and hidden checks, each answer in a sandbox, a score table, reports in grades/')
    .argument('<notebooks...>', 'the notebook to grade, e.g. exercises/exercises.ipynb (read, never changed); or, for a class, notebooks and folders of them')
    .option('--timeout <seconds>', "time allowed for each exercise's answer and cases before the rest of its cases score 0", '10')
    .option('--memory <MiB>', "address space for each exercise's process (Node itself takes about 1 GiB of it)", '2048')
    .option('--json', 'print the JSON report instead of the table (one notebook)')
    .option('--out <dir>', 'folder for the reports (default: grades/); for a class, where the gradebook and feedback pages go')
    .option('--ids <csv>', 'a class: a CSV with the columns file,id naming each file\'s learner (default: the file name)')
    .option('--jobs <n>', 'a class: submissions graded at once (default: the number of cores)')
    .action(async (notebooks: string[], options: GradeCommandOptions) => {
      const out = options.out ? resolve(context.cwd, options.out) : undefined;
      const paths = notebooks.map((n) => resolve(context.cwd, n));
      if (paths.length > 1 || paths.some((p) => existsSync(p) && statSync(p).isDirectory())) {
        context.stderr.write(`Grading a class: ${notebooks.join(', ')}...\n`);
        const { text } = await gradeClassFiles(notebooks, { ...options, ...(out ? { out } : {}), cwd: context.cwd, onLine: (line) => context.stderr.write(`${line}\n`) });
        context.stdout.write(`${text}\n`);
        return;
      }
      context.stderr.write(`Grading ${notebooks[0]}: each exercise in its own sandbox...\n`);
      const { text } = await gradeFile(paths[0]!, { ...options, ...(out ? { out } : {}), cwd: context.cwd });
      context.stdout.write(`${text}\n`);
    });
}
