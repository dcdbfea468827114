// Hidden checks of exercise 11, run only by the grader.
import type { CheckCase } from '../check-case.js';
import { ex11FailedRun, ex11Lines } from '../../../exercises/src/11-story/checks.js';

export const ex11HiddenChecks: CheckCase[] = [
  {
    name: 'a failed run: the node table',
    points: 1,
    hint: 'one row per node, in order, "-" when rows are unknown',
    run: (f) => (ex11Lines(f(ex11FailedRun)) as string[]).slice(9, 12),
    expected: ['| raw_orders | success | 120 ms | 500 |', '| clean_orders | failed | 3 ms | - |', '| customer_orders | skipped | 0 ms | - |'],
  },
  {
    name: 'no trailing line break',
    points: 1,
    hint: 'join the lines with "\\n"; do not end with one',
    run: (f) => f(ex11FailedRun).endsWith('failed'),
    expected: true,
  },
];
