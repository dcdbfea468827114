// Exercise 21's hidden checks: run only by the grader, never shown to learners.
import type { CheckCase } from '../../../src/grading/check-case.js';
import type { Ex21Input } from './run.js';

export const cases: CheckCase<Ex21Input>[] = [
  {
    name: 'a skip reaches every descendant, not only the children',
    points: 2,
    hint: 'follow dependants of dependants: a grandchild of a failed node can never run either',
    input: {
      nodes: [['raw', [], 1], ['clean', ['raw'], 1], ['report', ['clean'], 1], ['email', ['report'], 1], ['audit', [], 1]],
      finished: [], running: [['raw', 'w1', 1], ['audit', 'w2', 1]], dead: 'w1',
    },
    expected: { runAgain: [], failed: ['raw'], skipped: ['clean', 'report', 'email'] },
  },
  {
    name: 'two nodes lost at once: one retries, one fails; lists in declaration order',
    points: 1,
    hint: 'a worker of concurrency 2 loses both its attempts; judge each against its own maxAttempts',
    input: {
      nodes: [['b', [], 3], ['a', [], 1], ['c', ['a', 'b'], 2], ['d', ['b'], 2]],
      finished: [], running: [['a', 'w2', 1], ['b', 'w2', 2]], dead: 'w2',
    },
    expected: { runAgain: ['b'], failed: ['a'], skipped: ['c'] },
  },
  {
    name: 'a worker that dies idle loses nothing',
    points: 1,
    hint: 'with no attempt running on the dead worker, every list is empty',
    input: { nodes: [['a', [], 2], ['b', ['a'], 2]], finished: [['a', 'w1']], running: [['b', 'w2', 1]], dead: 'w1' },
    expected: { runAgain: [], failed: [], skipped: [] },
  },
];
