// Hidden checks of exercise 10, run only by the grader.
import type { CheckCase } from '../check-case.js';
import { ex10Nodes } from '../../../exercises/src/10-critical-path/checks.js';

export const ex10HiddenChecks: CheckCase[] = [
  {
    name: 'nodes declared out of order',
    points: 1,
    hint: 'compute finishes from the dependencies (recursively), not in declaration order',
    run: (f) => f(ex10Nodes([['end', ['mid'], 1], ['mid', ['start'], 10], ['start', [], 4], ['lone', [], 12]])),
    expected: { path: ['start', 'mid', 'end'], durationMs: 15 },
  },
  {
    name: 'ties go to the first declared',
    points: 1,
    hint: 'replace the best only when strictly larger',
    run: (f) => f(ex10Nodes([['x', [], 5], ['y', [], 5], ['z', ['y', 'x'], 1]])).path,
    expected: ['y', 'z'],
  },
  {
    name: 'no nodes',
    points: 1,
    hint: 'an empty pipeline has the empty path and takes 0 ms',
    run: (f) => f([]),
    expected: { path: [], durationMs: 0 },
  },
];
