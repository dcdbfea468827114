// Hidden checks of exercise 1, run only by the grader.
import type { CheckCase } from '../check-case.js';
import { ex1Run } from '../../../exercises/src/01-executor/checks.js';

const chain: Array<[string, string[]]> = [['a', []], ['b', ['a']], ['c', ['b']], ['d', ['c']]];

export const ex1HiddenChecks: CheckCase[] = [
  {
    name: 'a failure at the top of a chain skips the whole chain',
    points: 2,
    hint: 'skips cascade: a node whose dependency was skipped is skipped too',
    run: (f) => {
      const { completed, failed, skipped, skippedBecause } = ex1Run(f, chain, ['a']);
      return { completed, failed, skipped, skippedBecause };
    },
    expected: { completed: [], failed: ['a'], skipped: ['b', 'c', 'd'], skippedBecause: { b: 'a', c: 'a', d: 'a' } },
  },
  {
    name: 'the root cause is the failed node handled first',
    points: 1,
    hint: 'skippedBecause names a failed node, never a skipped one; with several, the earliest',
    run: (f) => ex1Run(f, [['x', []], ['y', []], ['p', ['y']], ['q', ['p', 'x']]], ['x', 'y']).skippedBecause,
    expected: { p: 'y', q: 'x' },
  },
  {
    name: 'independent branches finish after a failure',
    points: 1,
    hint: 'only descendants of a failed node are skipped; everything else still runs',
    run: (f) => ex1Run(f, [['s', []], ['t', ['s']], ['u', []], ['v', ['u']], ['w', ['v']]], ['t']).completed,
    expected: ['s', 'u', 'v', 'w'],
  },
];
