/**
 * Grades every exercise of one submitted notebook: finds the answer cells,
 * compiles them as the kernel would (each on its own, in one type check),
 * then grades each exercise on its own (run in its own sandboxed child,
 * judged here), a few at a time. A broken answer
 * only costs its own exercise. Nothing the answers print or return reaches
 * another exercise, this process's judgement or the report's hidden parts.
 *
 * @example
 * ```ts
 * // not run: it starts a sandboxed process per exercise (gradeNotebook is the usual entry)
 * import * as path from 'node:path';
 * import { gradeSubmission } from 'odibi-ts/dist/src/grading/grade-submission.js';
 * const nb = { nbformat: 4, nbformat_minor: 4, metadata: {}, cells: [] };
 * const graded = await gradeSubmission(nb, { root: path.resolve('..'), work: path.resolve('../.odibi/tmp/grading') });
 * graded.exercises.every((e) => e.status === 'missing'); // true
 * ```
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { compileCells } from '../notebook/compile-cell.js';
import { findAnswerCells } from './find-answer-cells.js';
import { gradeExercise } from './grade-exercise.js';
import type { ExerciseGrade } from './grade-report.js';
import { gradingLimits } from './grading-limits.js';
import { loadExercises, type Exercise } from './load-exercises.js';
import type { NotebookJson } from './notebook-json.js';
import type { SandboxIsolation, SandboxLimits } from './sandbox/sandbox-command.js';
import { ensureSandboxRuntime } from './sandbox/sandbox-runtime.js';

/** Options of {@link gradeSubmission}. */
export interface GradeSubmissionOptions {
  /** The course project (its `exercises/src`, `node_modules` and `dist`). */
  root: string;
  /** A folder for the runs (one subfolder per exercise). */
  work: string;
  /** The exercises; default: all of `<root>/exercises/src`. */
  exercises?: Exercise[];
  limits?: Partial<SandboxLimits>;
  /** Exercises graded at once; default: the number of cores. */
  concurrency?: number;
}

/** Every exercise's grade, what was odd about the notebook, and the sandbox's defences. */
export interface GradedSubmission {
  exercises: ExerciseGrade[];
  notes: string[];
  isolation?: SandboxIsolation;
}

export async function gradeSubmission(notebook: NotebookJson, options: GradeSubmissionOptions): Promise<GradedSubmission> {
  const exercises = options.exercises ?? loadExercises(options.root);
  const limits = gradingLimits(options.limits);
  const { answers, notes } = findAnswerCells(notebook);
  const known = new Set(exercises.map((ex) => ex.number));
  for (const n of answers.keys()) if (!known.has(n)) notes.push(`an answer cell is marked for exercise ${n}, which does not exist: ignored`);
  const present = exercises.filter((ex) => answers.has(ex.number));
  const compiled = new Map(compileCells(present.map((ex) => answers.get(ex.number)!), { root: options.root }).map((c, i) => [present[i]!.number, c]));
  const runtime = ensureSandboxRuntime(options.root);
  const grades: ExerciseGrade[] = new Array(exercises.length);
  let isolation: SandboxIsolation | undefined;
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < exercises.length; i = next++) {
      const ex = exercises[i]!;
      const work = join(options.work, `exercise-${String(ex.number).padStart(2, '0')}`);
      const run = await gradeExercise(ex, compiled.get(ex.number), { root: options.root, runtime, work, limits, hidden: true });
      grades[i] = run.grade;
      isolation ??= run.isolation;
    }
  };
  const concurrency = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), exercises.length));
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { exercises: grades, notes, ...(isolation ? { isolation } : {}) };
}
