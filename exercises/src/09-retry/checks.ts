// Exercise 9's public checks: shown in the check cell's table.
import type { CheckCase } from '../../../src/grading/check-case.js';
import type { Ex9Input } from './run.js';

/** The outcome with what was slept. */
export const withSleeps = (r: any) => ({ ...r?.outcome, slept: r?.slept });

export const cases: CheckCase<Ex9Input>[] = [
  {
    name: 'succeeds at once: no waiting',
    points: 1,
    hint: 'return after the first successful attempt, without calling sleep',
    input: { failures: 0, policy: { maxAttempts: 3, backoff: 'exponential', baseDelayMs: 100 } },
    view: withSleeps,
    expected: { ok: true, value: 'ok', attempts: 1, delays: [], errors: [], slept: [] },
  },
  {
    name: 'exponential backoff waits 100, 200, 400 ms',
    points: 2,
    hint: 'before retry k wait baseDelayMs * 2 ** (k - 1), and really call sleep with it',
    input: { failures: 3, policy: { maxAttempts: 5, backoff: 'exponential', baseDelayMs: 100 } },
    view: withSleeps,
    expected: {
      ok: true, value: 'ok', attempts: 4, delays: [100, 200, 400],
      errors: ['attempt 1 failed', 'attempt 2 failed', 'attempt 3 failed'], slept: [100, 200, 400],
    },
  },
  {
    name: 'giving up after maxAttempts, with no wait after the last',
    points: 2,
    hint: 'stop after maxAttempts failures; sleep only BETWEEN attempts',
    input: { failures: 10, policy: { maxAttempts: 3, backoff: 'constant', baseDelayMs: 50 } },
    view: withSleeps,
    expected: {
      ok: false, attempts: 3, delays: [50, 50],
      errors: ['attempt 1 failed', 'attempt 2 failed', 'attempt 3 failed'], slept: [50, 50],
    },
  },
];
