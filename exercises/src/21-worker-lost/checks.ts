// Exercise 21's public checks: shown in the check cell's table.
import type { CheckCase } from '../../../src/grading/check-case.js';
import type { Ex21Input } from './run.js';

/** The retail project's graph, two attempts per node. */
const retail: Array<[string, string[], number]> = [
  ['raw_customers', [], 2], ['raw_orders', [], 2], ['clean_customers', ['raw_customers'], 2],
  ['clean_orders', ['raw_orders'], 2], ['customer_orders', ['clean_customers', 'clean_orders'], 2],
];

export const cases: CheckCase<Ex21Input>[] = [
  {
    name: 'the node running on the dead worker runs again; the others carry on',
    points: 1,
    hint: 'only the attempts that were running on the dead worker are lost',
    input: {
      nodes: retail, finished: [['raw_customers', 'w1'], ['raw_orders', 'w2']],
      running: [['clean_customers', 'w1', 1], ['clean_orders', 'w3', 1]], dead: 'w1',
    },
    expected: { runAgain: ['clean_customers'], failed: [], skipped: [] },
  },
  {
    name: "what the dead worker finished is safe: its tables are in the staging area, not in the worker",
    points: 2,
    hint: 'a finished node wrote its table to shared storage: it does not run again when its worker dies',
    input: {
      nodes: retail, finished: [['raw_customers', 'w2'], ['raw_orders', 'w2'], ['clean_customers', 'w2']],
      running: [['clean_orders', 'w2', 1]], dead: 'w2',
    },
    expected: { runAgain: ['clean_orders'], failed: [], skipped: [] },
  },
  {
    name: 'a node lost on its last allowed attempt fails, and the nodes that need it are skipped',
    points: 2,
    hint: 'compare the lost attempt with maxAttempts: with no attempt left the node fails, and its dependants cannot run',
    input: {
      nodes: retail, finished: [['raw_customers', 'w1'], ['raw_orders', 'w2'], ['clean_customers', 'w1']],
      running: [['clean_orders', 'w3', 2]], dead: 'w3',
    },
    expected: { runAgain: [], failed: ['clean_orders'], skipped: ['customer_orders'] },
  },
];
