// Exercise 7's public checks: shown in the check cell's table.
import type { CheckCase } from '../../../src/grading/check-case.js';
import type { Ex7Input } from './run.js';

/** A fast branch and a slow branch: the fast branch's child need not wait for the slow node. */
export const branches: Ex7Input['nodes'] = [
  ['fast', [], 10],
  ['slow', [], 100],
  ['after_fast', ['fast'], 30],
  ['after_both', ['after_fast', 'slow'], 5],
];

/** `name@startMs` of every run, in the answer's order. */
export const starts = (schedule: any) => (Array.isArray(schedule?.runs) ? schedule.runs.map((r: any) => `${r?.name}@${r?.startMs}`) : schedule);

export const cases: CheckCase<Ex7Input>[] = [
  {
    name: 'one worker runs nodes back to back',
    points: 1,
    hint: 'with one worker only one node runs at a time; pick ready nodes in declaration order',
    input: { nodes: branches, maxWorkers: 1 },
    view: starts,
    expected: ['fast@0', 'slow@10', 'after_fast@110', 'after_both@140'],
  },
  {
    name: 'a node starts as soon as its own dependencies are done',
    points: 2,
    hint: 'after_fast needs only fast: it starts at 10 ms, not when the slow node ends',
    input: { nodes: branches, maxWorkers: 2 },
    expected: {
      runs: [
        { name: 'fast', startMs: 0, endMs: 10 },
        { name: 'slow', startMs: 0, endMs: 100 },
        { name: 'after_fast', startMs: 10, endMs: 40 },
        { name: 'after_both', startMs: 100, endMs: 105 },
      ],
      makespanMs: 105,
    },
  },
  {
    name: 'never more nodes at once than workers',
    points: 2,
    hint: 'start a node only while fewer than maxWorkers are running; a free worker takes the next ready node',
    input: { nodes: [['a', [], 30], ['b', [], 10], ['c', [], 10], ['d', [], 10]], maxWorkers: 2 },
    view: starts,
    expected: ['a@0', 'b@0', 'c@10', 'd@20'],
  },
];
