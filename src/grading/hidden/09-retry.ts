// Hidden checks of exercise 9, run only by the grader.
import type { CheckCase } from '../check-case.js';
import { ex9Run } from '../../../exercises/src/09-retry/checks.js';

export const ex9HiddenChecks: CheckCase[] = [
  {
    name: 'linear backoff',
    points: 1,
    hint: 'linear: baseDelayMs * k before retry k',
    run: async (f) => (await ex9Run(f, 3, { maxAttempts: 4, backoff: 'linear', baseDelayMs: 30 })).slept,
    expected: [30, 60, 90],
  },
  {
    name: 'a single attempt never waits',
    points: 1,
    hint: 'with maxAttempts 1 there is no retry, so no sleep',
    run: async (f) => {
      const r = await ex9Run(f, 1, { maxAttempts: 1, backoff: 'exponential', baseDelayMs: 10 });
      return { ok: r.ok, attempts: r.attempts, slept: r.slept };
    },
    expected: { ok: false, attempts: 1, slept: [] },
  },
  {
    name: 'the waits really happen through sleep',
    points: 2,
    hint: 'await sleep(delay) before each retry; recording the delay is not enough',
    run: async (f) => (await ex9Run(f, 2, { maxAttempts: 3, backoff: 'exponential', baseDelayMs: 5 })).slept,
    expected: [5, 10],
  },
];
