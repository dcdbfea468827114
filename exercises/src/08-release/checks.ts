import type { CheckCase } from '../../../src/grading/check-case.js';

/** Builds exercise 8's input from `[name, dependsOn]` pairs. */
export function ex8Nodes(pairs: Array<[string, string[]]>) {
  return pairs.map(([name, dependsOn]) => ({ name, dependsOn }));
}

/** The course's retail layers, in execution order. */
export const ex8Retail = ex8Nodes([
  ['raw_customers', []],
  ['raw_orders', []],
  ['clean_customers', ['raw_customers']],
  ['clean_orders', ['raw_orders']],
  ['customer_orders', ['clean_customers', 'clean_orders']],
]);

export const ex8Checks: CheckCase[] = [
  {
    name: 'a chain keeps at most two tables',
    points: 2,
    hint: 'register the node\'s table first, then release the inputs whose last consumer this was',
    run: (f) => f(ex8Nodes([['a', []], ['b', ['a']], ['c', ['b']]]), []),
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
    run: (f) => f(ex8Retail, []).steps.map((s: any) => s.released),
    expected: [[], [], ['raw_customers'], ['raw_orders'], ['clean_customers', 'clean_orders']],
  },
  {
    name: 'tables in keep stay, and so do final outputs',
    points: 1,
    hint: 'never release a table named in keep, nor one that nobody depends on',
    run: (f) => f(ex8Retail, ['raw_orders']).steps[4].held,
    expected: ['raw_orders', 'customer_orders'],
  },
];
