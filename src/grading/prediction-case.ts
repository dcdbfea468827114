/**
 * A check case that compares a prediction with what a real run gave. The
 * exercise's harness returns `{ predicted, actual }`: the answer's prediction
 * and what the library's run really did. The grader judges only `predicted`,
 * against `expected` (what the run gives, fixed in the case, so nothing the
 * answer changes in its own process can decide its score; a test checks that
 * the real run still gives it). A blank prediction (nothing, `{}`, or every
 * field `undefined`) shows "write your prediction ...", never an error, and
 * gives no answer away: blankness is judged by `comparePrediction`, the same
 * rule as the lesson's `checkPrediction`.
 *
 * @example
 * ```ts
 * import { predictionCase } from 'odibi-ts/dist/src/grading/prediction-case.js';
 * const c = predictionCase({ name: 'what runs again', points: 2, hint: 'failed and skipped nodes', input: {}, expected: { rerun: ['B', 'D'] } });
 * c.view!({ predicted: {}, actual: { rerun: ['B', 'D'] } }); // 'write your prediction: fill in rerun, then run the answer cell again'
 * ```
 */
import { comparePrediction } from '../notebook/compare-prediction.js';
import type { CheckCase } from './check-case.js';

/** What a prediction case is made of: a check case whose `expected` is a record of predicted fields. */
export interface PredictionCaseInput<I> {
  name: string;
  points: number;
  hint: string;
  input: I;
  /** What the real run gives, field by field. */
  expected: Record<string, unknown>;
}

/** A prediction case: its `view` picks the prediction, or asks for one when it is blank. */
export interface PredictionCase<I> extends CheckCase<I> {
  /** Marks a case whose harness output carries `actual`, what the real run gave. */
  comparesRun: true;
}

export function predictionCase<I>(spec: PredictionCaseInput<I>): PredictionCase<I> {
  return { ...spec, comparesRun: true, view: (output: unknown) => predictionOf(output, spec.expected) };
}

/** The answer's prediction, or the request to write one. */
function predictionOf(output: unknown, expected: Record<string, unknown>): unknown {
  const predicted = typeof output === 'object' && output !== null ? (output as { predicted?: unknown }).predicted : undefined;
  const record = typeof predicted === 'object' && predicted !== null && !Array.isArray(predicted) ? (predicted as Record<string, unknown>) : undefined;
  if (comparePrediction(record, expected).status === 'empty') return `write your prediction: fill in ${Object.keys(expected).join(', ')}, then run the answer cell again`;
  return predicted;
}
