// Exercise 2's public checks: shown in the check cell's table.
import type { CheckCase } from '../../../src/grading/check-case.js';
import { showsCycle } from '../../../src/grading/shows-cycle.js';
import type { Ex2Input } from './run.js';

/** The layers the answer returned, or what it threw. */
export const layers = (r: any) => ('returned' in r ? r.returned : r);

export const cases: CheckCase<Ex2Input>[] = [
  {
    name: 'the course example (five nodes, diamond-like)',
    points: 2,
    hint: 'layer 0 = no dependencies; a node goes one layer after the latest layer of its dependencies',
    input: {
      nodes: [
        ['raw_customers', []],
        ['raw_orders', []],
        ['clean_customers', ['raw_customers']],
        ['clean_orders', ['raw_orders']],
        ['customer_orders', ['clean_customers', 'clean_orders']],
      ],
    },
    view: layers,
    expected: [['raw_customers', 'raw_orders'], ['clean_customers', 'clean_orders'], ['customer_orders']],
  },
  {
    name: 'a chain declared backwards',
    points: 1,
    hint: 'the layer depends on the dependencies, not on where a node is declared',
    input: { nodes: [['c', ['b']], ['b', ['a']], ['a', []]] },
    view: layers,
    expected: [['a'], ['b'], ['c']],
  },
  {
    name: 'fan-in: three sources into one node, in declaration order',
    points: 1,
    hint: 'all sources share layer 0, in the order they were declared (not sorted)',
    input: { nodes: [['orders', []], ['customers', []], ['products', []], ['all', ['orders', 'customers', 'products']]] },
    view: layers,
    expected: [['orders', 'customers', 'products'], ['all']],
  },
  {
    name: 'a cycle is rejected and shown as a path',
    points: 2,
    hint: 'while following dependencies, keep the current path; meeting a node already on it closes the cycle',
    input: { nodes: [['a', ['c']], ['b', ['a']], ['c', ['b']], ['d', []]] },
    view: (r) => r.error ?? r,
    expected: 'an error whose message shows the cycle, e.g. "a -> c -> b -> a"',
    accept: (message) => showsCycle(message, ['a', 'b', 'c']),
  },
];
