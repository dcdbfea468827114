// Exercise 8's public checks: shown in the check cell's table.
import type { CheckCase } from '../../../src/grading/check-case.js';
import type { Ex8Input } from './run.js';

/** The course's retail layers, in execution order. */
export const retail: Ex8Input['nodes'] = [
  ['raw_customers', []],
  ['raw_orders', []],
  ['clean_customers', ['raw_customers']],
  ['clean_orders', ['raw_orders']],
  ['customer_orders', ['clean_customers', 'clean_orders']],
];

/** What each step released. */
export const releases = (plan: any) => (Array.isArray(plan?.steps) ? plan.steps.map((s: any) => s?.released) : plan);

export const cases: CheckCase<Ex8Input>[] = [
  {
    name: 'a chain keeps at most two tables',
    points: 2,
    hint: "register the node's table first, then release the inputs whose last consumer this was",
    input: { nodes: [['a', []], ['b', ['a']], ['c', ['b']]], keep: [] },
    expected: {
      steps: [
        { node: 'a', released: [], held: ['a'] },
        { node: 'b', released: ['a'], held: ['b'] },
        { node: 'c', released: ['b'], held: ['c'] },
      ],
      peak: 2,
    },
  },
  {
    name: 'the retail layers: what is released when',
    points: 2,
    hint: 'count the consumers of every table before running anything',
    input: { nodes: retail, keep: [] },
    view: releases,
    expected: [[], [], ['raw_customers'], ['raw_orders'], ['clean_customers', 'clean_orders']],
  },
  {
    name: 'tables in keep stay, and so do final outputs',
    points: 1,
    hint: 'never release a table named in keep, nor one that nobody depends on',
    input: { nodes: retail, keep: ['raw_orders'] },
    view: (plan) => plan?.steps?.[4]?.held,
    expected: ['raw_orders', 'customer_orders'],
  },
];
