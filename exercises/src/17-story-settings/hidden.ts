// Exercise 17's hidden checks: run only by the grader, never shown to learners.
import type { CheckCase } from '../../../src/grading/check-case.js';
import type { Ex17Input } from './run.js';

export const cases: CheckCase<Ex17Input>[] = [
  {
    name: 'a sample size of 0 keeps no rows',
    points: 2,
    hint: '0 is a sample size, not a missing one: do not replace it with a default',
    input: { path: 'audit', sampleRows: 0, node: 'raw_orders' },
    view: (r: any) => r?.samples,
    expected: { raw_orders: 0, positive_orders: 0, top_orders: 0 },
  },
  {
    name: 'another node, another folder: top_orders produced 2 rows',
    points: 1,
    hint: 'read the node the request names, from the story the run just wrote',
    input: { path: 'nightly/run-7', sampleRows: 1, node: 'top_orders' },
    view: (r: any) => ({ fact: r?.fact, folders: r?.folders }),
    expected: { fact: 2, folders: ['nightly/run-7'] },
  },
];
