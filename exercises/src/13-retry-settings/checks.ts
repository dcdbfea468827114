// Exercise 13's public checks: shown in the check cell's table.
import type { CheckCase } from '../../../src/grading/check-case.js';
import type { Ex13Input } from './run.js';

/** Whether the node recovered, and whether the waits stayed within the budget. */
export const recovered = (r: any) => ({ status: r?.status, withinBudget: r?.durationMs <= r?.budgetMs, durationMs: r?.durationMs });

/** Accepts a recovery within the budget (the duration shown is what the run took). */
export const recoveredInTime = (v: any) => v?.status === 'success' && v?.withinBudget === true;

export const cases: CheckCase<Ex13Input>[] = [
  {
    name: 'two failures, 1000 ms: the node recovers in time',
    points: 2,
    hint: 'max_attempts counts every attempt, the first one too; the waits come before each retry',
    input: { failures: 2, budgetMs: 1000 },
    view: recovered,
    expected: 'status success, within the budget',
    accept: recoveredInTime,
  },
  {
    name: 'no failure: one attempt, no wait',
    points: 1,
    hint: 'with no failure to recover from, max_attempts is 1',
    input: { failures: 0, budgetMs: 0 },
    view: (r: any) => ({ status: r?.status, maxAttempts: r?.maxAttempts, durationMs: r?.durationMs }),
    expected: { status: 'success', maxAttempts: 1, durationMs: 0 },
  },
  {
    name: 'three failures: exactly the attempts needed',
    points: 1,
    hint: 'failures + 1 attempts: one more would only hide a source that breaks for good',
    input: { failures: 3, budgetMs: 5000 },
    view: (r: any) => ({ maxAttempts: r?.maxAttempts, attempts: r?.attempts }),
    expected: { maxAttempts: 4, attempts: 4 },
  },
];
