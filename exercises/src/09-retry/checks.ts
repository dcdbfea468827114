import type { CheckCase } from '../../../src/grading/check-case.js';

/**
 * Runs the answer on a task that fails `failures` times and then returns 'ok', with a fake
 * sleep that records what it was asked to wait; returns the outcome plus `slept`.
 */
export async function ex9Run(retryWithBackoff: any, failures: number, policy: object) {
  const slept: number[] = [];
  const sleep = async (ms: number) => {
    slept.push(ms);
  };
  const task = async (attempt: number) => {
    if (attempt <= failures) throw new Error(`attempt ${attempt} failed`);
    return 'ok';
  };
  const outcome = await retryWithBackoff(task, policy, sleep);
  return { ...outcome, slept };
}

export const ex9Checks: CheckCase[] = [
  {
    name: 'succeeds at once: no waiting',
    points: 1,
    hint: 'return after the first successful attempt, without calling sleep',
    run: (f) => ex9Run(f, 0, { maxAttempts: 3, backoff: 'exponential', baseDelayMs: 100 }),
    expected: { ok: true, value: 'ok', attempts: 1, delays: [], errors: [], slept: [] },
  },
  {
    name: 'exponential backoff waits 100, 200, 400 ms',
    points: 2,
    hint: 'before retry k wait baseDelayMs * 2 ** (k - 1), and really call sleep with it',
    run: (f) => ex9Run(f, 3, { maxAttempts: 5, backoff: 'exponential', baseDelayMs: 100 }),
    expected: {
      ok: true, value: 'ok', attempts: 4, delays: [100, 200, 400],
      errors: ['attempt 1 failed', 'attempt 2 failed', 'attempt 3 failed'], slept: [100, 200, 400],
    },
  },
  {
    name: 'giving up after maxAttempts, with no wait after the last',
    points: 2,
    hint: 'stop after maxAttempts failures; sleep only BETWEEN attempts',
    run: (f) => ex9Run(f, 10, { maxAttempts: 3, backoff: 'constant', baseDelayMs: 50 }),
    expected: {
      ok: false, value: undefined, attempts: 3, delays: [50, 50],
      errors: ['attempt 1 failed', 'attempt 2 failed', 'attempt 3 failed'], slept: [50, 50],
    },
  },
];
