import type { CheckCase } from '../../../src/grading/check-case.js';
import { captureError } from '../../../src/grading/capture-error.js';
import { showsCycle } from '../../../src/grading/shows-cycle.js';

/** Builds exercise 2's input from `[name, dependsOn]` pairs. */
export function ex2Nodes(pairs: Array<[string, string[]]>) {
  return pairs.map(([name, dependsOn]) => ({ name, dependsOn }));
}

export const ex2Checks: CheckCase[] = [
  {
    name: 'the course example (five nodes, diamond-like)',
    points: 2,
    hint: 'layer 0 = no dependencies; a node goes one layer after the latest layer of its dependencies',
    run: (findLayers) =>
      findLayers(
        ex2Nodes([
          ['raw_customers', []],
          ['raw_orders', []],
          ['clean_customers', ['raw_customers']],
          ['clean_orders', ['raw_orders']],
          ['customer_orders', ['clean_customers', 'clean_orders']],
        ]),
      ),
    expected: [['raw_customers', 'raw_orders'], ['clean_customers', 'clean_orders'], ['customer_orders']],
  },
  {
    name: 'a chain declared backwards',
    points: 1,
    hint: 'the layer depends on the dependencies, not on where a node is declared',
    run: (findLayers) => findLayers(ex2Nodes([['c', ['b']], ['b', ['a']], ['a', []]])),
    expected: [['a'], ['b'], ['c']],
  },
  {
    name: 'fan-in: three sources into one node',
    points: 1,
    hint: 'all sources share layer 0, in declaration order',
    run: (findLayers) => findLayers(ex2Nodes([['s1', []], ['s2', []], ['s3', []], ['all', ['s1', 's2', 's3']]])),
    expected: [['s1', 's2', 's3'], ['all']],
  },
  {
    name: 'a cycle is rejected and shown as a path',
    points: 2,
    hint: 'while following dependencies, keep the current path; meeting a node already on it closes the cycle',
    run: (findLayers) => captureError(() => findLayers(ex2Nodes([['a', ['c']], ['b', ['a']], ['c', ['b']], ['d', []]]))),
    expected: 'an error whose message shows the cycle, e.g. "a -> c -> b -> a"',
    accept: (r: any) => showsCycle(r?.error, ['a', 'b', 'c']),
  },
];
