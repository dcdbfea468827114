import type { CheckCase } from '../../../src/grading/check-case.js';

/** Builds a run record of exercise 3 from `[name, status, durationMs]` triples. */
export function ex3Run(pipeline: string, nodes: Array<[string, string, number]>) {
  return { pipeline, nodes: nodes.map(([name, status, durationMs]) => ({ name, status, durationMs })) };
}

const ex3Runs = [
  ex3Run('ingest', [['raw_customers', 'success', 120], ['raw_orders', 'success', 80]]),
  ex3Run('clean', [['clean_customers', 'success', 40], ['clean_orders', 'failed', 15], ['customer_orders', 'skipped', 0]]),
  ex3Run('report', [['daily', 'success', 30]]),
];

export const ex3Checks: CheckCase[] = [
  {
    name: 'successful and failed pipelines',
    points: 2,
    hint: 'a pipeline run fails when at least one of its nodes failed; keep input order',
    run: (f) => {
      const s = f(ex3Runs);
      return { pipelines: s.pipelines, successful: s.successful, failed: s.failed };
    },
    expected: { pipelines: 3, successful: ['ingest', 'report'], failed: ['clean'] },
  },
  {
    name: 'node counts and success rate',
    points: 2,
    hint: 'the rate is succeeded / ALL nodes (skipped ones included) * 100, rounded to one decimal',
    run: (f) => {
      const s = f(ex3Runs);
      return { nodes: s.nodes, succeeded: s.succeeded, failedNodes: s.failedNodes, skippedNodes: s.skippedNodes, successRate: s.successRate };
    },
    expected: { nodes: 6, succeeded: 4, failedNodes: 1, skippedNodes: 1, successRate: 66.7 },
  },
  {
    name: 'total duration and slowest node',
    points: 1,
    hint: 'sum every durationMs; name the slowest as "pipeline/node"',
    run: (f) => {
      const s = f(ex3Runs);
      return { totalDurationMs: s.totalDurationMs, slowestNode: s.slowestNode };
    },
    expected: { totalDurationMs: 285, slowestNode: 'ingest/raw_customers' },
  },
];
