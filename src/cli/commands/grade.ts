/**
 * `odibi grade <notebook> [--timeout SECONDS] [--memory MIB] [--json] [--out DIR]`:
 * grades an exercises notebook with the public and hidden checks, each
 * exercise's answer in its own sandbox, and prints the score table; JSON and
 * HTML reports go to `grades/`. Exits 0 whenever grading completed, whatever
 * the score (a broken answer only costs its own exercise); 1 when the
 * notebook cannot be graded (not JSON, not a notebook) or there are no
 * exercises here; 2 for a usage error.
 */
import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Command } from 'commander';
import type { CliContext } from '../cli-context.js';
import { OdibiError } from '../../errors.js';
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
    throw new OdibiError('USAGE', `${notebook} is a folder`, { hint: 'to grade every notebook in it, pass --out <dir> (a class: a gradebook and one feedback page per learner)' });
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
    .argument('<notebook>', 'the notebook to grade, e.g. exercises/exercises.ipynb (it is read, never changed)')
    .option('--timeout <seconds>', "time allowed for each exercise's answer and cases before the rest of its cases score 0", '10')
    .option('--memory <MiB>', "address space for each exercise's process (Node itself takes about 1 GiB of it)", '2048')
    .option('--json', 'print the JSON report instead of the table')
    .option('--out <dir>', 'folder for the reports (default: grades/)')
    .action(async (notebook: string, options: GradeCommandOptions) => {
      context.stderr.write(`Grading ${notebook}: each exercise in its own sandbox...\n`);
      const file = resolve(context.cwd, notebook);
      const out = options.out ? resolve(context.cwd, options.out) : undefined;
      const { text } = await gradeFile(file, { ...options, ...(out ? { out } : {}), cwd: context.cwd });
      context.stdout.write(`${text}\n`);
    });
}
