// Exercise 10's public checks: shown in the check cell's table.
import type { CheckCase } from '../../../src/grading/check-case.js';
import type { Ex10Input } from './run.js';

export const cases: CheckCase<Ex10Input>[] = [
  {
    name: 'a single chain is its own critical path',
    points: 1,
    hint: 'finish = own duration + the largest finish of the dependencies',
    input: { nodes: [['a', [], 5], ['b', ['a'], 7], ['c', ['b'], 3]] },
    expected: { path: ['a', 'b', 'c'], durationMs: 15 },
  },
  {
    name: 'the longest total duration wins, not the most nodes',
    points: 2,
    hint: 'add durations along the path; a short chain of slow nodes can beat a long chain of fast ones',
    input: { nodes: [['quick1', [], 1], ['quick2', ['quick1'], 1], ['quick3', ['quick2'], 1], ['bulk', [], 50], ['merge', ['quick3', 'bulk'], 2]] },
    expected: { path: ['bulk', 'merge'], durationMs: 52 },
  },
  {
    name: 'the retail layers with durations',
    points: 2,
    hint: 'walk back from the node with the largest finish through the slowest dependency each time',
    input: {
      nodes: [
        ['raw_customers', [], 120], ['raw_orders', [], 300],
        ['clean_customers', ['raw_customers'], 80], ['clean_orders', ['raw_orders'], 40],
        ['customer_orders', ['clean_customers', 'clean_orders'], 60],
      ],
    },
    expected: { path: ['raw_orders', 'clean_orders', 'customer_orders'], durationMs: 400 },
  },
];
