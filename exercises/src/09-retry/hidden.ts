// Exercise 9's hidden checks: run only by the grader, never shown to learners.
import type { CheckCase } from '../../../src/grading/check-case.js';
import type { Ex9Input } from './run.js';

export const cases: CheckCase<Ex9Input>[] = [
  {
    name: 'linear backoff grows by one base delay per retry',
    points: 1,
    hint: 'linear: baseDelayMs * k before retry k',
    input: { failures: 3, policy: { maxAttempts: 4, backoff: 'linear', baseDelayMs: 30 } },
    view: (r) => r?.slept,
    expected: [30, 60, 90],
  },
  {
    name: 'a single attempt never waits',
    points: 1,
    hint: 'with maxAttempts 1 there is no retry, so no sleep',
    input: { failures: 1, policy: { maxAttempts: 1, backoff: 'exponential', baseDelayMs: 10 } },
    view: (r) => ({ ok: r?.outcome?.ok, attempts: r?.outcome?.attempts, slept: r?.slept }),
    expected: { ok: false, attempts: 1, slept: [] },
  },
  {
    name: 'the waits really happen through sleep',
    points: 2,
    hint: 'await sleep(delay) before each retry; recording the delay is not enough',
    input: { failures: 2, policy: { maxAttempts: 3, backoff: 'exponential', baseDelayMs: 5 } },
    view: (r) => r?.slept,
    expected: [5, 10],
  },
];
