import type { CheckCase } from '../../../src/grading/check-case.js';

/** Builds exercise 7's input from `[name, dependsOn, durationMs]` rows. */
export function ex7Nodes(rows: Array<[string, string[], number]>) {
  return rows.map(([name, dependsOn, durationMs]) => ({ name, dependsOn, durationMs }));
}

/** A fast branch and a slow branch: the fast branch's child need not wait for the slow node. */
export const ex7Branches = ex7Nodes([
  ['fast', [], 10],
  ['slow', [], 100],
  ['after_fast', ['fast'], 30],
  ['after_both', ['after_fast', 'slow'], 5],
]);

export const ex7Checks: CheckCase[] = [
  {
    name: 'one worker runs nodes back to back',
    points: 1,
    hint: 'with one worker only one node runs at a time; pick ready nodes in declaration order',
    run: (f) => f(ex7Branches, 1).runs.map((r: any) => `${r.name}@${r.startMs}`),
    expected: ['fast@0', 'slow@10', 'after_fast@110', 'after_both@140'],
  },
  {
    name: 'a node starts as soon as its own dependencies are done',
    points: 2,
    hint: 'after_fast needs only fast: it starts at 10 ms, not when the slow node ends',
    run: (f) => f(ex7Branches, 2),
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
    run: (f) => f(ex7Nodes([['a', [], 30], ['b', [], 10], ['c', [], 10], ['d', [], 10]]), 2).runs.map((r: any) => `${r.name}@${r.startMs}`),
    expected: ['a@0', 'b@0', 'c@10', 'd@20'],
  },
];
