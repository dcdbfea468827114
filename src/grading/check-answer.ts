/**
 * What a check cell does, as data: finds the latest run of exercise N's
 * answer cell in the kernel's record (by the cell's first line), and when
 * that run failed (a type error, a throw) or never happened, says so and
 * awards nothing; otherwise grades that cell's code with the exercise's
 * public checks exactly as the grader will (compiled on its own, run in a
 * sandbox, judged here). So a check never shows a pass for an answer whose
 * latest run failed. Edits not yet run are, as in the grader, not seen.
 *
 * @example
 * ```ts
 * // not run: it starts a sandboxed process; in the notebook, `await check(1)` calls it and shows the table
 * import { checkAnswer } from 'odibi-ts/dist/src/grading/check-answer.js';
 * const history = [{ code: '// Answer to exercise 1\nconst x: number = "one";', status: 'error' as const, error: { name: 'TypeScriptError', message: "1:7 - Type 'string' is not assignable to type 'number'." } }];
 * const { grade } = await checkAnswer(1, { root: '..', history });
 * grade.status; // 'error'
 * ```
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { OdibiError } from '../errors.js';
import { jupyterEnv } from '../notebook/jupyter-env.mjs';
import { compileCell } from '../notebook/compile-cell.js';
import { kernelHistory, latestCellRun, type CellRun } from '../notebook/kernel-history.js';
import { markedExercise } from './answer-code.js';
import { gradeExercise, type ExerciseRun } from './grade-exercise.js';
import type { ExerciseGrade } from './grade-report.js';
import { gradingLimits } from './grading-limits.js';
import { loadExercises } from './load-exercises.js';
import type { SandboxLimits } from './sandbox/sandbox-command.js';
import { ensureSandboxRuntime } from './sandbox/sandbox-runtime.js';
import { scoreCase } from './score-case.js';

/** Options of {@link checkAnswer}. */
export interface CheckAnswerOptions {
  /** The course project; default: the one this library belongs to. */
  root?: string;
  /** The record of cell runs; default: the kernel's. */
  history?: readonly CellRun[];
  limits?: Partial<SandboxLimits>;
}

export async function checkAnswer(exercise: number, options: CheckAnswerOptions = {}): Promise<ExerciseRun> {
  const root = options.root ?? jupyterEnv().root;
  const history = options.history ?? kernelHistory();
  if (!history) {
    throw new OdibiError('GRADE_CHECK_OUTSIDE_KERNEL', `check(${exercise}) needs the notebook kernel's record of cell runs, and there is none here`, {
      hint: 'call check() in a check cell of the exercises notebook (npm start), after running the answer cell',
    });
  }
  const [ex] = loadExercises(root, { only: exercise, hidden: false });
  if (!ex) throw new OdibiError('USAGE', `there is no exercise ${exercise}`, { hint: 'check(N) takes the number of an exercise of this notebook' });
  const run = latestCellRun((code) => markedExercise(code) === exercise, history);
  const stopped = (why: string): ExerciseRun => ({ grade: unanswered(ex.number, ex.title, why, ex.publicCases.map((c) => scoreCase(c, 'public', { kind: 'notRun', why: 'not run' }))), printed: '' });
  if (!run) return stopped(`run the answer cell of exercise ${exercise} first (its first line is "// Answer to exercise ${exercise} ..."; keep that line)`);
  if (run.status === 'error') {
    const error = run.error ? `${run.error.name}: ${run.error.message}` : 'an error';
    return stopped(`the answer cell's latest run failed, so nothing was checked: ${error}. Fix it and run the answer cell again.`);
  }
  const work = join(root, '.odibi', 'checks', `${process.pid}-exercise-${exercise}`);
  try {
    return await gradeExercise(ex, compileCell(run.code, { root }), { root, runtime: ensureSandboxRuntime(root), work, limits: gradingLimits(options.limits), hidden: false });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function unanswered(exercise: number, title: string, why: string, cases: ExerciseGrade['cases']): ExerciseGrade {
  const possible = cases.reduce((sum, c) => sum + c.points, 0);
  return { exercise, title, status: 'error', earned: 0, possible, public: { earned: 0, possible }, hidden: { earned: 0, possible: 0 }, firstFailure: why, answerError: why, cases };
}
