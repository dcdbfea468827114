import { isDeepStrictEqual } from 'node:util';

/** Options of {@link comparePrediction}. */
export interface PredictionOptions {
  /** The question, shown above the comparison. */
  question?: string;
  /** Fields whose lists are compared as sets (order does not matter), e.g. the nodes that were skipped. */
  unordered?: readonly string[];
}

/** One field of a prediction: what was predicted and, once predicted, what happened. */
export interface PredictionRow {
  field: string;
  verdict: 'right' | 'wrong' | 'blank' | 'unknown field';
  predicted?: unknown;
  /** Only for a predicted field: a blank one does not give the answer away. */
  actual?: unknown;
}

/** A prediction compared with what happened. */
export interface PredictionCheck {
  question?: string;
  /** `empty`: nothing predicted yet; `incomplete`: some fields still blank; else whether every predicted field was right. */
  status: 'empty' | 'incomplete' | 'right' | 'wrong';
  rows: PredictionRow[];
  right: number;
  /** Fields asked about. */
  asked: number;
}

/** Blank: not written yet (`undefined`, `null`, or an empty or blank string). An empty list is a prediction. */
function blank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function normalise(value: unknown, unordered: boolean): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) {
    const items = value.map((v) => normalise(v, false));
    return unordered ? items.map((v) => JSON.stringify(v)).sort() : items;
  }
  return value;
}

/**
 * Compares a learner's prediction with what happened, field by field:
 * strings ignore surrounding spaces, lists keep their order unless the field
 * is `unordered`. A blank field (or a prediction that is not there at all)
 * is reported as blank, never as an error, and its answer is not shown.
 *
 * @example
 * ```ts
 * import { comparePrediction } from 'odibi-ts/dist/src/notebook/compare-prediction.js';
 * comparePrediction({ skipped: ['E', 'D'], status: undefined }, { skipped: ['D', 'E'], status: 'partial' }, { unordered: ['skipped'] }).status; // 'incomplete'
 * ```
 */
export function comparePrediction(predicted: Readonly<Record<string, unknown>> | null | undefined, actual: Readonly<Record<string, unknown>>, options: PredictionOptions = {}): PredictionCheck {
  const given = typeof predicted === 'object' && predicted !== null ? predicted : {};
  const rows: PredictionRow[] = Object.keys(actual).map((field) => {
    const guess = given[field];
    if (blank(guess)) return { field, verdict: 'blank' };
    const unordered = options.unordered?.includes(field) ?? false;
    const right = isDeepStrictEqual(normalise(guess, unordered), normalise(actual[field], unordered));
    return { field, verdict: right ? 'right' : 'wrong', predicted: guess, actual: actual[field] };
  });
  for (const field of Object.keys(given).filter((f) => !(f in actual) && !blank(given[f]))) rows.push({ field, verdict: 'unknown field', predicted: given[field] });
  const count = (verdict: PredictionRow['verdict']) => rows.filter((r) => r.verdict === verdict).length;
  const blanks = count('blank');
  const asked = Object.keys(actual).length;
  const status = blanks === asked ? 'empty' : blanks > 0 ? 'incomplete' : count('wrong') > 0 ? 'wrong' : 'right';
  return { question: options.question, status, rows, right: count('right'), asked };
}
