// Exercise 14's hidden checks: run only by the grader, never shown to learners.
import { predictionCase } from '../../../src/grading/prediction-case.js';
import type { Ex14Input } from './run.js';

export const cases = [
  predictionCase<Ex14Input>({
    name: 'fail_fast: a node after a stopped node is stopped too, not upstream_failed',
    points: 2,
    hint: 'only a failure upstream gives upstream_failed; a node whose dependency was merely not started is skipped by fail_fast',
    input: { nodes: [{ name: 'A' }, { name: 'B' }, { name: 'C', dependsOn: ['A'] }, { name: 'G', dependsOn: ['C'] }], failing: 'B', onError: 'fail_fast' },
    expected: { A: 'success', B: 'failed', C: 'skipped: fail_fast', G: 'skipped: fail_fast' },
  }),
  predictionCase<Ex14Input>({
    name: 'fail_fast: the order is by layer, not by declaration',
    points: 2,
    hint: 'report is declared first but sits in layer 1: both roots run before it',
    input: {
      nodes: [{ name: 'report', dependsOn: ['orders'] }, { name: 'orders' }, { name: 'prices' }, { name: 'audit', dependsOn: ['prices'] }],
      failing: 'report', onError: 'fail_fast',
    },
    expected: { report: 'failed', orders: 'success', prices: 'success', audit: 'skipped: fail_fast' },
  }),
];
