/**
 * Runs an exercise's check cases against a learner's answer and scores them.
 * Never throws: a missing answer, a throw or a wrong value each become a
 * failed case with what was received.
 *
 * @example
 * ```ts
 * import { runChecks } from 'odibi-ts/dist/src/grading/run-checks.js';
 * const add = (a: number, b: number) => a + b;
 * const report = await runChecks(1, () => add, [
 *   { name: 'adds', points: 1, hint: 'use +', run: (f) => f(1, 2), expected: 3 },
 * ]);
 * report.earned; // 1
 * ```
 */
import { isDeepStrictEqual } from 'node:util';
import type { CaseResult, CaseVisibility, CheckCase, ExerciseReport } from './check-case.js';
import { describeValue } from './describe-value.js';

export async function runChecks(
  exercise: number,
  getAnswer: () => unknown,
  publicCases: readonly CheckCase[],
  hiddenCases: readonly CheckCase[] = [],
): Promise<ExerciseReport> {
  const found = findAnswer(getAnswer);
  const all: Array<[CheckCase, CaseVisibility]> = [
    ...publicCases.map((c): [CheckCase, CaseVisibility] => [c, 'public']),
    ...hiddenCases.map((c): [CheckCase, CaseVisibility] => [c, 'hidden']),
  ];
  const cases: CaseResult[] = [];
  for (const [c, visibility] of all) cases.push(await runCase(c, visibility, found));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    exercise,
    earned: sum(cases.map((c) => c.earned)),
    possible: sum(cases.map((c) => c.points)),
    cases,
    ...('problem' in found ? { problem: found.problem } : {}),
  };
}

type Found = { answer: unknown } | { problem: string };

function findAnswer(getAnswer: () => unknown): Found {
  try {
    const answer = getAnswer();
    if (typeof answer !== 'function') return { problem: `the answer is ${describeValue(answer)}, not a function` };
    return { answer };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { problem: `the answer function is not defined (${why}): run the answer cell first and fix its error` };
  }
}

async function runCase(c: CheckCase, visibility: CaseVisibility, found: Found): Promise<CaseResult> {
  const base = { name: c.name, visibility, points: c.points, expected: describeExpected(c) };
  if ('problem' in found) return { ...base, passed: false, earned: 0, received: found.problem, hint: c.hint };
  let received: unknown;
  try {
    received = await c.run(found.answer);
  } catch (e) {
    return { ...base, passed: false, earned: 0, received: describeValue(asError(e)), hint: c.hint };
  }
  const passed = accepts(c, received);
  return { ...base, passed, earned: passed ? c.points : 0, received: describeValue(received), ...(passed ? {} : { hint: c.hint }) };
}

function accepts(c: CheckCase, received: unknown): boolean {
  try {
    return c.accept ? c.accept(received) === true : isDeepStrictEqual(normalise(received), normalise(c.expected));
  } catch {
    return false;
  }
}

/** Plain JSON data, so class instances, undefined fields and -0 compare like the learner expects. */
function normalise(value: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(value) ?? 'null');
  } catch {
    return value;
  }
}

function describeExpected(c: CheckCase): string {
  return c.accept && typeof c.expected === 'string' ? c.expected : describeValue(c.expected);
}

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}
