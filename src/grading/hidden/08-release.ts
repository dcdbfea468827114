// Hidden checks of exercise 8, run only by the grader.
import type { CheckCase } from '../check-case.js';
import { ex8Nodes, ex8Retail } from '../../../exercises/src/08-release/checks.js';

export const ex8HiddenChecks: CheckCase[] = [
  {
    name: 'a table with two consumers waits for the second',
    points: 2,
    hint: 'release when the LAST consumer has run, not the first',
    run: (f) => f(ex8Nodes([['src', []], ['left', ['src']], ['right', ['src']], ['join', ['left', 'right']]]), []).steps.map((s: any) => s.released),
    expected: [[], [], ['src'], ['left', 'right']],
  },
  {
    name: 'peak memory of the retail layers',
    points: 1,
    hint: 'count the tables right after each registration, before releasing',
    run: (f) => f(ex8Retail, []).peak,
    expected: 3,
  },
];
