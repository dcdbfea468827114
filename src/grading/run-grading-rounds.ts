/**
 * Executes the grading notebook, in rounds: when an answer kills the kernel
 * (`process.exit()`, running out of memory), that exercise scores 0 and the
 * exercises after it are graded again in a fresh kernel, so one crash costs
 * one exercise. Timeouts need no new round: the runner restarts the kernel.
 *
 * @example
 * ```ts
 * import { loadExerciseSources } from 'odibi-ts/dist/src/grading/exercise-source.js';
 * import { runGradingRounds } from 'odibi-ts/dist/src/grading/run-grading-rounds.js';
 * const sources = loadExerciseSources('..');
 * const points = sources.map((s) => ({ number: s.number, title: s.title, publicPoints: 1, hiddenPoints: 1 }));
 * const { grades } = await runGradingRounds({ root: '..', work: '../.odibi/tmp/rounds', sources, points, answers: new Map(), token: 't', timeoutMs: 60_000 });
 * grades.every((g) => g.status === 'missing'); // true: no answers, nothing ran
 * ```
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runNotebook } from '../notebook/run-notebook.js';
import type { ExerciseSource } from './exercise-source.js';
import { buildGradingNotebook, type GradingPlanEntry } from './build-grading-notebook.js';
import { scoreExercises, type ExecutedCell, type ExercisePoints } from './score-exercises.js';
import { serialiseNotebook } from './notebook-json.js';
import type { ExerciseGrade } from './grade-report.js';

/** What {@link runGradingRounds} needs. */
export interface GradingRoundsInput {
  root: string;
  /** The work folder the grading notebooks are written to. */
  work: string;
  sources: readonly ExerciseSource[];
  points: readonly ExercisePoints[];
  answers: ReadonlyMap<number, string>;
  token: string;
  timeoutMs: number;
}

/** Grades every exercise, starting a new round after a crashed kernel; grades come back in exercise order. */
export async function runGradingRounds(input: GradingRoundsInput): Promise<{ grades: ExerciseGrade[]; executedPaths: string[] }> {
  const work = resolve(input.work);
  mkdirSync(work, { recursive: true });
  const grades: ExerciseGrade[] = [];
  const executedPaths: string[] = [];
  let pending = [...input.sources];
  for (let round = 1; pending.length > 0; round++) {
    const { notebook, plan } = buildGradingNotebook(pending, input.answers, input.token);
    const gradingPath = join(work, `grading-${round}.ipynb`);
    const executedPath = join(work, `graded-${round}.ipynb`);
    writeFileSync(gradingPath, serialiseNotebook(notebook));
    const options = { root: input.root, cwd: work, timeoutMs: input.timeoutMs, continueAfterError: true, restartOnTimeout: true, outputPath: executedPath };
    const cells: ExecutedCell[] = notebook.cells.length === 0 ? [] : (await runNotebook(gradingPath, options)).cells;
    if (notebook.cells.length > 0) executedPaths.push(executedPath);
    const dead = firstKilled(plan, cells);
    const done = dead < 0 ? pending : pending.slice(0, dead + 1);
    const numbers = new Set(done.map((s) => s.number));
    grades.push(...scoreExercises(input.points.filter((p) => numbers.has(p.number)), plan, cells, input.token));
    pending = dead < 0 ? [] : pending.slice(dead + 1);
  }
  return { grades: grades.sort((a, b) => a.exercise - b.exercise), executedPaths };
}

/** The position in the plan of the first exercise whose cells found the kernel dead, or -1. */
function firstKilled(plan: readonly GradingPlanEntry[], cells: readonly ExecutedCell[]): number {
  const died = (index: number | undefined) => cells.find((c) => c.index === index)?.error?.name === 'DeadKernelError';
  return plan.findIndex((p) => died(p.answerCell) || died(p.gradingCell));
}
