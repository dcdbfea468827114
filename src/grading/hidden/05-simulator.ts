// Hidden checks of exercise 5, run only by the grader.
import type { CheckCase } from '../check-case.js';
import { ex5Nodes, ex5Project } from '../../../exercises/src/05-simulator/checks.js';

export const ex5HiddenChecks: CheckCase[] = [
  {
    name: 'seed 20: the whole progress log',
    points: 2,
    hint: 'one draw per node that runs, in handling order; skipped nodes draw nothing',
    run: (f) => f(ex5Project, 20).log,
    expected: [
      '[0 ms] start extract', '[100 ms] done extract', '[100 ms] start side', '[120 ms] FAILED side',
      '[120 ms] skip side_clean', '[120 ms] start transform', '[370 ms] done transform', '[370 ms] start load',
      '[420 ms] FAILED load', '[420 ms] start audit', '[450 ms] FAILED audit',
    ],
  },
  {
    name: 'seed 3: start and end times',
    points: 1,
    hint: 'a node starts at the current clock and ends durationMs later',
    run: (f) => f(ex5Project, 3).results.map((r: any) => [r.startMs, r.endMs]),
    expected: [[0, 100], [100, 120], [120, 120], [120, 370], [370, 420], [420, 450]],
  },
  {
    name: 'a skipped slow node takes no time',
    points: 1,
    hint: 'only nodes that run move the clock',
    run: (f) => f(ex5Nodes([['a', [], 5, 1], ['slow', ['a'], 1000, 0], ['z', [], 7, 0]]), 9).totalMs,
    expected: 12,
  },
];
