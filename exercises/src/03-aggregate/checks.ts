// Exercise 3's public checks: shown in the check cell's table.
import type { CheckCase } from '../../../src/grading/check-case.js';
import type { Ex3Input } from './run.js';

/** The fields of `summary` named in `keys`. */
export function pick(summary: any, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, summary?.[k]]));
}

const threeRuns: Ex3Input = {
  runs: [
    { pipeline: 'ingest', nodes: [['raw_customers', 'success', 120], ['raw_orders', 'success', 80]] },
    { pipeline: 'clean', nodes: [['clean_customers', 'success', 40], ['clean_orders', 'failed', 15], ['customer_orders', 'skipped', 0]] },
    { pipeline: 'report', nodes: [['daily', 'success', 30]] },
  ],
};

export const cases: CheckCase<Ex3Input>[] = [
  {
    name: 'successful and failed pipelines',
    points: 2,
    hint: 'a pipeline run fails when at least one of its nodes failed; keep input order',
    input: threeRuns,
    view: (s) => pick(s, ['pipelines', 'successful', 'failed']),
    expected: { pipelines: 3, successful: ['ingest', 'report'], failed: ['clean'] },
  },
  {
    name: 'node counts and success rate',
    points: 2,
    hint: 'the rate is succeeded / ALL nodes (skipped ones included) * 100, rounded to one decimal',
    input: threeRuns,
    view: (s) => pick(s, ['nodes', 'succeeded', 'failedNodes', 'skippedNodes', 'successRate']),
    expected: { nodes: 6, succeeded: 4, failedNodes: 1, skippedNodes: 1, successRate: 66.7 },
  },
  {
    name: 'total duration and slowest node',
    points: 1,
    hint: 'sum every durationMs; name the slowest as "pipeline/node"',
    input: threeRuns,
    view: (s) => pick(s, ['totalDurationMs', 'slowestNode']),
    expected: { totalDurationMs: 285, slowestNode: 'ingest/raw_customers' },
  },
];
