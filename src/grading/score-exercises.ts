/**
 * Turns the executed grading notebook's cells into one grade per exercise:
 * reads the marked result line of each grading cell, and when there is none,
 * says why (deleted cell, timeout, failed cell). Never throws.
 *
 * @example
 * ```ts
 * import { scoreExercises } from 'odibi-ts/dist/src/grading/score-exercises.js';
 * const grades = scoreExercises([{ number: 1, title: 'x', publicPoints: 2, hiddenPoints: 1 }], [{ exercise: 1 }], [], 'tok');
 * grades[0].status; // 'missing'
 * ```
 */
import type { CaseResult, ExerciseReport } from './check-case.js';
import type { GradingPlanEntry } from './build-grading-notebook.js';
import type { ExerciseGrade } from './grade-report.js';
import { GRADE_MARKER } from './grading-cell-code.js';

/** What the grader knows of an exercise before running anything. */
export interface ExercisePoints {
  number: number;
  title: string;
  publicPoints: number;
  hiddenPoints: number;
}

/** The part of a notebook runner's cell result the grader reads. */
export interface ExecutedCell {
  index: number;
  status: 'ok' | 'error' | 'notRun' | 'timeout';
  error?: { name: string; message: string };
  outputs: Array<{ output_type: string; [key: string]: unknown }>;
}

/** One grade per exercise of `exercises`, from the cells of one grading run. */
export function scoreExercises(exercises: ExercisePoints[], plan: GradingPlanEntry[], cells: ExecutedCell[], token: string): ExerciseGrade[] {
  return exercises.map((ex) => {
    const entry = plan.find((p) => p.exercise === ex.number);
    const cell = (i: number | undefined) => cells.find((c) => c.index === i);
    const answer = cell(entry?.answerCell);
    const grading = cell(entry?.gradingCell);
    const answerError = answer?.status === 'error' ? describeCellError(answer) : undefined;
    const report = grading ? readReport(grading, token) : undefined;
    if (report) return graded(ex, report, answerError);
    return ungraded(ex, entry?.answerCell === undefined ? 'missing' : grading?.status === 'timeout' || answer?.status === 'timeout' ? 'timeout' : 'error', answerError, grading);
  });
}

function readReport(cell: ExecutedCell, token: string): ExerciseReport | undefined {
  const prefix = `${GRADE_MARKER}:${token}:`;
  const text = cell.outputs.filter((o) => o.output_type === 'stream' && o.name === 'stdout').map((o) => streamText(o.text)).join('');
  const line = text.split('\n').find((l) => l.startsWith(prefix));
  if (!line) return undefined;
  try {
    return JSON.parse(line.slice(prefix.length)) as ExerciseReport;
  } catch {
    return undefined;
  }
}

function graded(ex: ExercisePoints, report: ExerciseReport, answerError: string | undefined): ExerciseGrade {
  const split = (visibility: CaseResult['visibility']) => {
    const cases = report.cases.filter((c) => c.visibility === visibility);
    return { earned: sum(cases.map((c) => c.earned)), possible: sum(cases.map((c) => c.points)) };
  };
  const failing = report.cases.find((c) => !c.passed);
  const firstFailure = report.problem
    ? answerError ? `the answer cell failed: ${answerError}` : report.problem
    : failing ? describeFailure(failing) : undefined;
  return {
    exercise: ex.number,
    title: ex.title,
    status: 'graded',
    earned: report.earned,
    possible: report.possible,
    public: split('public'),
    hidden: split('hidden'),
    ...(firstFailure ? { firstFailure } : {}),
    ...(answerError ? { answerError } : {}),
    cases: report.cases,
  };
}

function ungraded(ex: ExercisePoints, status: ExerciseGrade['status'], answerError: string | undefined, grading: ExecutedCell | undefined): ExerciseGrade {
  const why = whyUngraded(status, answerError, grading);
  return {
    exercise: ex.number,
    title: ex.title,
    status,
    earned: 0,
    possible: ex.publicPoints + ex.hiddenPoints,
    public: { earned: 0, possible: ex.publicPoints },
    hidden: { earned: 0, possible: ex.hiddenPoints },
    firstFailure: why,
    ...(answerError ? { answerError } : {}),
    cases: [],
  };
}

function describeFailure(c: CaseResult): string {
  const stub = /not implemented: exercise \d+/.exec(c.received);
  if (stub) return `not answered yet: the stub still throws "${stub[0]}"`;
  return `${c.name}: expected ${c.expected}, received ${c.received}`;
}

function whyUngraded(status: ExerciseGrade['status'], answerError: string | undefined, grading: ExecutedCell | undefined): string {
  if (status === 'missing') return 'cell deleted: no answer cell for this exercise was found (its metadata marks it; copy it back from a fresh exercises notebook)';
  if (status === 'timeout') return 'timed out: the answer did not finish (an endless loop?); the kernel was restarted';
  if (answerError) return `the answer cell failed: ${answerError}`;
  if (grading?.error) return `no result: ${grading.error.name}: ${grading.error.message}`;
  return `no result: ${grading ? `the checks ended with status ${grading.status}` : 'the checks did not run'}`;
}

function describeCellError(cell: ExecutedCell): string {
  const e = cell.error;
  return e ? `${e.name}: ${firstLines(e.message)}` : 'the answer cell failed';
}

function firstLines(text: string): string {
  return text.split('\n').slice(0, 3).join(' / ').slice(0, 300);
}

function streamText(text: unknown): string {
  return Array.isArray(text) ? text.join('') : String(text ?? '');
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
