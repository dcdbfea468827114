// Exercise 16's hidden checks: run only by the grader, never shown to learners.
import type { CheckCase } from '../../../src/grading/check-case.js';
import { statuses } from './checks.js';
import type { Ex16Input } from './run.js';

export const cases: CheckCase<Ex16Input>[] = [
  {
    name: 'silver reads what bronze wrote: the 3 orders with a positive amount',
    points: 2,
    hint: 'silver reads bronze_orders (what bronze wrote), not the raw orders; bronze filters amount > 0',
    input: {},
    view: (r: any) => ({ bronze: r?.bronze?.rows, silver: r?.silver?.rows }),
    expected: { bronze: 3, silver: 3 },
  },
  {
    name: 'count_orders fails: bronze and silver are untouched',
    points: 1,
    hint: 'audit depends on nothing and nothing depends on audit',
    input: { fail: ['count_orders'] },
    view: statuses,
    expected: { bronze: 'success', silver: 'success', audit: 'failed' },
  },
];
