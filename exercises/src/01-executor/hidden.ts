// Exercise 1's hidden checks: run only by the grader, never shown to learners.
import type { CheckCase } from '../../../src/grading/check-case.js';
import type { Ex1Input } from './run.js';

export const cases: CheckCase<Ex1Input>[] = [
  {
    name: 'a failure at the top of a chain skips the whole chain, each skip caused by that failure',
    points: 2,
    hint: 'skips cascade, and skippedBecause names the failed node at the root, never a skipped one',
    input: { nodes: [['a', []], ['b', ['a']], ['c', ['b']], ['d', ['c']]], failing: ['a'] },
    view: (r) => r.outcome,
    expected: { completed: [], failed: ['a'], skipped: ['b', 'c', 'd'], skippedBecause: { b: 'a', c: 'a', d: 'a' } },
  },
  {
    name: 'the root cause is the failed node handled first',
    points: 1,
    hint: 'skippedBecause names a failed node, never a skipped one; with several, the earliest',
    input: { nodes: [['x', []], ['y', []], ['p', ['y']], ['q', ['p', 'x']]], failing: ['x', 'y'] },
    view: (r) => r.outcome?.skippedBecause,
    expected: { p: 'y', q: 'x' },
  },
  {
    name: 'independent branches finish after a failure',
    points: 1,
    hint: 'only descendants of a failed node are skipped; everything else still runs',
    input: { nodes: [['s', []], ['t', ['s']], ['u', []], ['v', ['u']], ['w', ['v']]], failing: ['t'] },
    view: (r) => r.outcome?.completed,
    expected: ['s', 'u', 'v', 'w'],
  },
];
