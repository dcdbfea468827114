/**
 * Grades one exercise's answer cell, compiled as the kernel would (a type or
 * syntax error scores 0, with the kernel's message): runs it in a fresh
 * sandboxed child with the exercise's harness and each case's input, and
 * judges what comes back here, where the expected values are. The grader
 * runs the public and hidden cases; a check cell only the public ones.
 *
 * @example
 * ```ts
 * // not run: it starts a sandboxed process (see gradeNotebook for whole notebooks)
 * import * as path from 'node:path';
 * import { loadExercises } from 'odibi-ts/dist/src/grading/load-exercises.js';
 * import { ensureSandboxRuntime } from 'odibi-ts/dist/src/grading/sandbox/sandbox-runtime.js';
 * import { compileCell } from 'odibi-ts/dist/src/notebook/compile-cell.js';
 * import { gradeExercise } from 'odibi-ts/dist/src/grading/grade-exercise.js';
 * const root = path.resolve('..');
 * const [first] = loadExercises(root);
 * const answer = compileCell('function executePipeline() { return null; }', { root });
 * const { grade } = await gradeExercise(first, answer, {
 *   root, runtime: ensureSandboxRuntime(root), work: path.join(root, '.odibi', 'tmp', 'ex1'), hidden: false,
 *   limits: { timeMs: 10_000, memoryMb: 2048, outputBytes: 1_000_000 },
 * });
 * grade.earned; // 0
 * ```
 */
import { join } from 'node:path';
import type { CompiledCell } from '../notebook/compile-cell.js';
import { caseOutcomes } from './case-outcomes.js';
import type { CaseResult, CaseVisibility, CheckCase } from './check-case.js';
import { compileExerciseModule } from './compile-exercise-module.js';
import type { ExerciseGrade, ExerciseGradeStatus } from './grade-report.js';
import type { Exercise } from './load-exercises.js';
import { runSandboxedJob, type SandboxRun } from './sandbox/run-sandboxed-job.js';
import type { SandboxIsolation, SandboxLimits } from './sandbox/sandbox-command.js';
import type { SandboxRuntime } from './sandbox/sandbox-runtime.js';
import { scoreCase, type CaseOutcome } from './score-case.js';

/** Options of {@link gradeExercise}. */
export interface GradeExerciseOptions {
  root: string;
  runtime: SandboxRuntime;
  /** A folder for this exercise's run (emptied first). */
  work: string;
  limits: SandboxLimits;
  /** Run the hidden cases too (the grader), or only the public ones (a check cell). */
  hidden: boolean;
}

/** The grade, and what the answer printed while its cases ran (shown by a check cell, never by the grader). */
export interface ExerciseRun {
  grade: ExerciseGrade;
  printed: string;
  isolation?: SandboxIsolation;
}

const MISSING = 'cell deleted: no answer cell for this exercise was found (its metadata or its first line marks it; copy it back from a fresh exercises notebook)';

/** Grades `answer`, the exercise's answer cell compiled by `compileCell(s)` (undefined when there is no answer cell). */
export async function gradeExercise(ex: Exercise, answer: CompiledCell | undefined, options: GradeExerciseOptions): Promise<ExerciseRun> {
  const cases: Array<[CheckCase, CaseVisibility]> = [
    ...ex.publicCases.map((c): [CheckCase, CaseVisibility] => [c, 'public']),
    ...(options.hidden ? ex.hiddenCases.map((c): [CheckCase, CaseVisibility] => [c, 'hidden']) : []),
  ];
  const notRun = (why: string) => cases.map(([c, visibility]) => scoreCase(c, visibility, { kind: 'notRun', why }));
  if (answer === undefined) return { grade: grade(ex, 'missing', notRun('not run: no answer cell'), MISSING), printed: '' };
  const compiled = answer;
  if (compiled.ok === false) {
    const answerError = `TypeScriptError: ${compiled.problems.join(' / ')}`;
    return { grade: grade(ex, 'error', notRun('not run: the answer cell does not compile'), `the answer cell does not compile: ${answerError}`, answerError), printed: '' };
  }
  const job = { entry: ex.entry, answer: compiled.js, harness: compileExerciseModule(join(ex.dir, 'run.ts'), options.root), inputs: cases.map(([c]) => c.input), maxValueBytes: Math.floor(options.limits.outputBytes / Math.max(1, cases.length)) };
  const run = await runSandboxedJob(job, { runtime: options.runtime, dir: options.work, limits: options.limits });
  const outcomes = caseOutcomes(run, cases.length, ex.entry);
  const results = cases.map(([c, visibility], i) => scoreCase(c, visibility, outcomes.cases[i]!));
  const status = statusOf(run, outcomes.cases, outcomes.answerError);
  const why = outcomes.answerError ? `the answer cell failed: ${outcomes.answerError}` : firstFailure(ex.number, status, run, results);
  return { grade: grade(ex, status, results, why, outcomes.answerError), printed: run.printed, isolation: run.isolation };
}

function statusOf(run: SandboxRun, outcomes: CaseOutcome[], answerError: string | undefined): ExerciseGradeStatus {
  if (outcomes.some((o) => (o.kind === 'threw' || o.kind === 'unreadable') && /allocation failed|out of memory/i.test(o.error))) return 'memory';
  if (run.end !== 'done') return run.end;
  return answerError ? 'error' : 'graded';
}

function firstFailure(exercise: number, status: ExerciseGradeStatus, run: SandboxRun, results: CaseResult[]): string | undefined {
  const limit = status === 'graded' || status === 'error' ? undefined : `${LIMIT_WORDS[status]}: ${run.detail ?? 'the answer hit the memory limit (see the cases)'}`;
  const failing = results.find((r) => !r.passed);
  if (!failing) return limit;
  const stub = new RegExp(`not implemented: exercise ${exercise}\\b`).exec(failing.received ?? '');
  const first = stub ? `not answered yet: the stub still throws "${stub[0]}"`
    : failing.visibility === 'public' ? `${failing.name}: expected ${failing.expected}, received ${failing.received}` : `${failing.name} (hidden)`;
  return limit ? `${limit}; ${first}` : first;
}

const LIMIT_WORDS: Record<string, string> = {
  timeout: 'timed out', memory: 'out of memory', output: 'too much output', crashed: 'crashed', interfered: "interfered with the grader's report",
};

function grade(ex: Exercise, status: ExerciseGradeStatus, cases: CaseResult[], firstFailure?: string, answerError?: string): ExerciseGrade {
  const split = (visibility: CaseVisibility) => {
    const some = cases.filter((c) => c.visibility === visibility);
    return { earned: sum(some.map((c) => c.earned)), possible: sum(some.map((c) => c.points)) };
  };
  return {
    exercise: ex.number,
    title: ex.title,
    status,
    earned: sum(cases.map((c) => c.earned)),
    possible: sum(cases.map((c) => c.points)),
    public: split('public'),
    hidden: split('hidden'),
    ...(firstFailure ? { firstFailure } : {}),
    ...(answerError ? { answerError } : {}),
    cases,
  };
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
