// Exercise 5's hidden checks: run only by the grader, never shown to learners.
import type { CheckCase } from '../../../src/grading/check-case.js';
import { project } from './checks.js';
import type { Ex5Input } from './run.js';

export const cases: CheckCase<Ex5Input>[] = [
  {
    name: 'seed 20: the whole progress log',
    points: 2,
    hint: 'one draw per node that runs, in handling order; skipped nodes draw nothing',
    input: { nodes: project, seed: 20 },
    view: (r) => r?.log,
    expected: [
      '[0 ms] start extract', '[100 ms] done extract', '[100 ms] start side', '[120 ms] FAILED side',
      '[120 ms] skip side_clean', '[120 ms] start transform', '[370 ms] done transform', '[370 ms] start load',
      '[420 ms] FAILED load', '[420 ms] start audit', '[450 ms] FAILED audit',
    ],
  },
  {
    name: 'seed 3: start and end times, a skipped node ending where it started',
    points: 1,
    hint: 'a node starts at the current clock and ends durationMs later; a skipped node takes no time, so it ends when it starts',
    input: { nodes: project, seed: 3 },
    view: (r) => (Array.isArray(r?.results) ? r.results.map((n: any) => [n?.startMs, n?.endMs]) : r),
    expected: [[0, 100], [100, 120], [120, 120], [120, 370], [370, 420], [420, 450]],
  },
  {
    name: 'a skipped slow node takes no time',
    points: 1,
    hint: 'only nodes that run move the clock',
    input: { nodes: [['a', [], 5, 1], ['slow', ['a'], 1000, 0], ['z', [], 7, 0]], seed: 9 },
    view: (r) => r?.totalMs,
    expected: 12,
  },
];
