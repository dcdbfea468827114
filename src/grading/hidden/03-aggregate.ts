// Hidden checks of exercise 3, run only by the grader.
import type { CheckCase } from '../check-case.js';
import { ex3Run } from '../../../exercises/src/03-aggregate/checks.js';

export const ex3HiddenChecks: CheckCase[] = [
  {
    name: 'no runs at all',
    points: 1,
    hint: 'with no nodes the success rate is 0, not NaN; the slowest node is null',
    run: (f) => f([]),
    expected: {
      pipelines: 0, successful: [], failed: [], nodes: 0, succeeded: 0, failedNodes: 0, skippedNodes: 0,
      successRate: 0, totalDurationMs: 0, slowestNode: null,
    },
  },
  {
    name: 'skipped nodes count in the success rate',
    points: 2,
    hint: 'divide by all nodes, including skipped ones',
    run: (f) => f([ex3Run('p', [['a', 'success', 1], ['b', 'skipped', 0], ['c', 'skipped', 0]])]).successRate,
    expected: 33.3,
  },
  {
    name: 'a tie for the slowest node keeps the first',
    points: 1,
    hint: 'replace the slowest only when a node is strictly slower',
    run: (f) => f([ex3Run('p', [['a', 'success', 5]]), ex3Run('q', [['b', 'success', 5]])]).slowestNode,
    expected: 'p/a',
  },
];
