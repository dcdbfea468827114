/**
 * Judges one case in the grader's process: what the sandbox reported for it
 * (plain JSON, or why there is none) against the case's `view`, `expected`
 * and `accept`. Never throws: a view or accept function that throws on a
 * strange value makes the case fail. A hidden case's result carries no
 * expected value and nothing the answer produced.
 *
 * @example
 * ```ts
 * import { scoreCase } from 'odibi-ts/dist/src/grading/score-case.js';
 * const c = { name: 'adds', points: 2, hint: 'use +', input: [1, 2], expected: 3 };
 * scoreCase(c, 'public', { kind: 'value', value: 3 }).earned; // 2
 * scoreCase(c, 'public', { kind: 'threw', error: 'Error: nope' }).received; // 'threw Error: nope'
 * scoreCase(c, 'hidden', { kind: 'value', value: 4 }); // { name: 'adds', visibility: 'hidden', passed: false, points: 2, earned: 0, hint: 'use +' }
 * ```
 */
import { isDeepStrictEqual } from 'node:util';
import type { CaseResult, CaseVisibility, CheckCase } from './check-case.js';
import { describeValue } from './describe-value.js';

/** What the sandbox said about one case. */
export type CaseOutcome =
  | { kind: 'value'; value: unknown }
  | { kind: 'threw'; error: string }
  | { kind: 'unreadable'; error: string }
  | { kind: 'tooLarge'; bytes: number }
  | { kind: 'notRun'; why: string };

export function scoreCase(c: CheckCase, visibility: CaseVisibility, outcome: CaseOutcome): CaseResult {
  const judged = judge(c, outcome);
  const earned = judged.passed ? c.points : 0;
  const base = { name: c.name, visibility, passed: judged.passed, points: c.points, earned, ...(judged.passed ? {} : { hint: c.hint }) };
  if (visibility === 'hidden') return base;
  return { ...base, expected: c.accept && typeof c.expected === 'string' ? c.expected : describeValue(c.expected), received: judged.received };
}

function judge(c: CheckCase, outcome: CaseOutcome): { passed: boolean; received: string } {
  if (outcome.kind === 'threw') return { passed: false, received: `threw ${outcome.error}` };
  if (outcome.kind === 'unreadable') return { passed: false, received: `a value that cannot be read (${outcome.error})` };
  if (outcome.kind === 'tooLarge') return { passed: false, received: `a value of ${outcome.bytes} bytes, more than the grader reads` };
  if (outcome.kind === 'notRun') return { passed: false, received: outcome.why };
  let received: unknown;
  try {
    received = c.view ? c.view(outcome.value) : outcome.value;
  } catch (error) {
    return { passed: false, received: describeValue(error instanceof Error ? error : new Error(String(error))) };
  }
  return { passed: accepts(c, received), received: describeValue(received) };
}

function accepts(c: CheckCase, received: unknown): boolean {
  try {
    return c.accept ? c.accept(received) === true : isDeepStrictEqual(jsonForm(received), jsonForm(c.expected));
  } catch {
    return false;
  }
}

/** Plain JSON data, so undefined fields and -0 compare as the learner expects. */
function jsonForm(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value) ?? 'null');
}
