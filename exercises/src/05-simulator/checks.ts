// Exercise 5's public checks: shown in the check cell's table.
import type { CheckCase } from '../../../src/grading/check-case.js';
import type { Ex5Input } from './run.js';

/** A small project with two branches and coin-flip failure rates. */
export const project: Ex5Input['nodes'] = [
  ['extract', [], 100, 0.3],
  ['side', [], 20, 0.5],
  ['side_clean', ['side'], 10, 0],
  ['transform', ['extract'], 250, 0.3],
  ['load', ['transform'], 50, 0.3],
  ['audit', [], 30, 0.5],
];

export const cases: CheckCase<Ex5Input>[] = [
  {
    name: 'no failures: the log and the clock',
    points: 2,
    hint: 'log "[t ms] start x" before and "[t ms] done x" after advancing the clock by durationMs',
    input: { nodes: [['a', [], 10, 0], ['b', ['a'], 25, 0]], seed: 1 },
    expected: {
      log: ['[0 ms] start a', '[10 ms] done a', '[10 ms] start b', '[35 ms] done b'],
      results: [
        { name: 'a', status: 'success', startMs: 0, endMs: 10 },
        { name: 'b', status: 'success', startMs: 10, endMs: 35 },
      ],
      totalMs: 35,
    },
  },
  {
    name: 'a node that always fails skips its descendants',
    points: 1,
    hint: 'failureRate 1 means every draw fails; a skipped node logs "[t ms] skip x" and takes no time',
    input: { nodes: [['a', [], 10, 1], ['b', ['a'], 5, 0], ['c', ['b'], 5, 0]], seed: 1 },
    view: (r) => r?.log,
    expected: ['[0 ms] start a', '[10 ms] FAILED a', '[10 ms] skip b', '[10 ms] skip c'],
  },
  {
    name: 'seed 3 gives the expected statuses',
    points: 2,
    hint: 'use only ex5Random(seed), draw exactly one number per node that runs, none for skipped nodes',
    input: { nodes: project, seed: 3 },
    view: (r) => (Array.isArray(r?.results) ? r.results.map((n: any) => `${n?.name}:${n?.status}`) : r),
    expected: ['extract:success', 'side:failed', 'side_clean:skipped', 'transform:success', 'load:failed', 'audit:success'],
  },
  {
    name: 'the same seed gives the same run',
    points: 1,
    hint: 'never use Math.random or the real clock: everything comes from the seed (and every node has a result)',
    input: { nodes: project, seed: 11, twice: true },
    view: (runs) => Array.isArray(runs) && runs.length === 2 && runs[0]?.results?.length === project.length && JSON.stringify(runs[0]) === JSON.stringify(runs[1]),
    expected: true,
  },
];
