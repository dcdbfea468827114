// Exercise 11's hidden checks: run only by the grader, never shown to learners.
import type { CheckCase } from '../../../src/grading/check-case.js';
import { failedRun, someLines } from './checks.js';
import type { Ex11Input } from './run.js';

export const cases: CheckCase<Ex11Input>[] = [
  {
    name: 'a failed run: the node table',
    points: 1,
    hint: 'one row per node, in order, "-" when rows are unknown',
    input: { run: failedRun },
    view: someLines(9, 12),
    expected: ['| raw_orders | success | 120 ms | 500 |', '| clean_orders | failed | 3 ms | - |', '| customer_orders | skipped | 0 ms | - |'],
  },
  {
    name: 'a node that wrote no rows shows 0, not "-"',
    points: 1,
    hint: 'rows is unknown only when it is missing; 0 rows is a number to print',
    input: { run: { pipeline: 'empty', startedAt: '2024-05-01T09:00:00.000Z', durationMs: 4, nodes: [{ name: 'none_today', status: 'success', durationMs: 4, rows: 0 }] } },
    view: someLines(-1),
    expected: ['| none_today | success | 4 ms | 0 |'],
  },
  {
    name: 'no trailing line break',
    points: 1,
    hint: 'join the lines with "\\n"; do not end with one',
    input: { run: failedRun },
    view: (story) => (typeof story === 'string' ? story.endsWith('failed') : story),
    expected: true,
  },
];
