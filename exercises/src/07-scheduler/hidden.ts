// Exercise 7's hidden checks: run only by the grader, never shown to learners.
import type { CheckCase } from '../../../src/grading/check-case.js';
import { starts } from './checks.js';
import type { Ex7Input } from './run.js';

export const cases: CheckCase<Ex7Input>[] = [
  {
    name: 'nodes that end together free their workers together',
    points: 1,
    hint: 'finish every node whose end is <= t before starting new ones',
    input: { nodes: [['a', [], 10], ['b', [], 10], ['c', ['a'], 5], ['d', ['b'], 5]], maxWorkers: 2 },
    view: starts,
    expected: ['a@0', 'b@0', 'c@10', 'd@10'],
  },
  {
    name: 'a ready node declared first wins a free worker, whenever it became ready',
    points: 1,
    hint: 'when several nodes are ready, take them in declaration order, not in the order they became ready',
    input: { nodes: [['long', [], 50], ['x', [], 10], ['y', ['x'], 10], ['z', [], 10]], maxWorkers: 2 },
    view: starts,
    expected: ['long@0', 'x@0', 'y@10', 'z@20'],
  },
  {
    name: 'an empty pipeline: no runs, 0 ms',
    points: 1,
    hint: 'an empty pipeline has no runs and takes 0 ms',
    input: { nodes: [], maxWorkers: 3 },
    expected: { runs: [], makespanMs: 0 },
  },
];
