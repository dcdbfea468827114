// Exercise 22's hidden checks: run only by the grader, never shown to learners.
import type { CheckCase } from '../../../src/grading/check-case.js';
import type { Ex22Input } from './run.js';

export const cases: CheckCase<Ex22Input>[] = [
  {
    name: "the queue's overhead is paid by every node",
    points: 2,
    hint: 'on a worker a node takes durationMs + overheadMs',
    input: { nodes: [['raw_customers', [], 120], ['raw_orders', [], 300], ['clean_customers', ['raw_customers'], 80], ['clean_orders', ['raw_orders'], 40], ['customer_orders', ['clean_customers', 'clean_orders'], 60]], overheadMs: 25 },
    expected: { workers: 2, durationMs: 475 },
  },
  {
    name: 'no nodes: no workers, 0 ms',
    points: 1,
    hint: 'an empty pipeline needs no worker and takes 0 ms',
    input: { nodes: [], overheadMs: 10 },
    expected: { workers: 0, durationMs: 0 },
  },
  {
    name: 'eight independent nodes of equal length need eight workers',
    points: 1,
    hint: 'with equal durations and no dependencies, every worker fewer adds a whole round',
    input: { nodes: Array.from({ length: 8 }, (_, i): [string, string[], number] => [`n${i}`, [], 50]), overheadMs: 5 },
    expected: { workers: 8, durationMs: 55 },
  },
];
