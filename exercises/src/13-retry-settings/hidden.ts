// Exercise 13's hidden checks: run only by the grader, never shown to learners.
import type { CheckCase } from '../../../src/grading/check-case.js';
import { recovered, recoveredInTime } from './checks.js';
import type { Ex13Input } from './run.js';

export const cases: CheckCase<Ex13Input>[] = [
  {
    name: 'five failures, 600 ms: doubling waits do not fit',
    points: 2,
    hint: 'exponential waits from 100 ms add up to 3100 ms over five retries: spread the budget instead',
    input: { failures: 5, budgetMs: 600 },
    view: recovered,
    expected: 'recovers (status success) with waits inside the budget',
    accept: recoveredInTime,
  },
  {
    name: 'three failures, 90 ms: a tight budget',
    points: 1,
    hint: 'the default first wait (100 ms) is already over budget: choose initial_delay_ms from the budget',
    input: { failures: 3, budgetMs: 90 },
    view: recovered,
    expected: 'recovers (status success) with waits inside the budget',
    accept: recoveredInTime,
  },
];
