// Hidden checks of exercise 7, run only by the grader.
import type { CheckCase } from '../check-case.js';
import { ex7Nodes } from '../../../exercises/src/07-scheduler/checks.js';

export const ex7HiddenChecks: CheckCase[] = [
  {
    name: 'nodes that end together free their workers together',
    points: 1,
    hint: 'finish every node whose end is <= t before starting new ones',
    run: (f) => f(ex7Nodes([['a', [], 10], ['b', [], 10], ['c', ['a'], 5], ['d', ['b'], 5]]), 2).runs.map((r: any) => `${r.name}@${r.startMs}`),
    expected: ['a@0', 'b@0', 'c@10', 'd@10'],
  },
  {
    name: 'a ready node declared first wins a free worker',
    points: 1,
    hint: 'when several nodes are ready, take them in declaration order',
    run: (f) => f(ex7Nodes([['long', [], 50], ['x', [], 10], ['y', ['x'], 10], ['z', [], 10]]), 2).runs.map((r: any) => `${r.name}@${r.startMs}`),
    expected: ['long@0', 'x@0', 'y@10', 'z@20'],
  },
  {
    name: 'no nodes',
    points: 1,
    hint: 'an empty pipeline has no runs and takes 0 ms',
    run: (f) => f([], 3),
    expected: { runs: [], makespanMs: 0 },
  },
];
