// Exercise 22's public checks: shown in the check cell's table.
import type { CheckCase } from '../../../src/grading/check-case.js';
import type { Ex22Input } from './run.js';

export const cases: CheckCase<Ex22Input>[] = [
  {
    name: 'a chain needs one worker, however long it is',
    points: 1,
    hint: 'nodes that depend on each other never run at the same time',
    input: { nodes: [['a', [], 10], ['b', ['a'], 20], ['c', ['b'], 30]], overheadMs: 0 },
    expected: { workers: 1, durationMs: 60 },
  },
  {
    name: 'the widest layer is not the answer: one worker can run three short nodes while another runs the long one',
    points: 2,
    hint: 'simulate the schedule for 1, 2, 3, ... workers and stop at the first that is as short as the shortest',
    input: { nodes: [['long', [], 100], ['a', [], 10], ['b', [], 10], ['c', [], 10], ['end', ['long', 'a', 'b', 'c'], 5]], overheadMs: 0 },
    expected: { workers: 2, durationMs: 105 },
  },
  {
    name: 'total work divided by the critical path is only a lower bound: the order of declaration matters',
    points: 2,
    hint: 'the scheduler starts ready nodes in declaration order, so the slow node declared last waits for a free worker',
    input: { nodes: [['x', [], 10], ['y', [], 10], ['z', [], 10], ['w', [], 30]], overheadMs: 0 },
    expected: { workers: 4, durationMs: 30 },
  },
];
