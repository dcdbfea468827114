// Exercise 11's public checks: shown in the check cell's table.
import type { CheckCase } from '../../../src/grading/check-case.js';
import type { Ex11Input } from './run.js';

/** A run where clean_orders failed and customer_orders was skipped because of it. */
export const failedRun: Ex11Input['run'] = {
  pipeline: 'retail',
  startedAt: '2024-05-01T08:00:00.000Z',
  durationMs: 412,
  nodes: [
    { name: 'raw_orders', status: 'success', durationMs: 120, rows: 500 },
    { name: 'clean_orders', status: 'failed', durationMs: 3, error: 'unknown column "amount"' },
    { name: 'customer_orders', status: 'skipped', durationMs: 0, skippedBecause: 'clean_orders' },
  ],
};

/** The lines of the story, or what the answer returned when that is not text. */
export function lines(story: unknown): unknown {
  return typeof story === 'string' ? story.split('\n') : story;
}

/** Some of the story's lines (`slice(from, to)`), or what the answer returned when that is not text. */
export function someLines(from: number, to?: number): (story: unknown) => unknown {
  return (story) => (typeof story === 'string' ? story.split('\n').slice(from, to) : story);
}

export const cases: CheckCase<Ex11Input>[] = [
  {
    name: 'a successful run: the whole story',
    points: 2,
    hint: 'follow the template line by line; unknown rows print as "-"; no Problems section when all succeeded',
    input: {
      run: {
        pipeline: 'ingest', startedAt: '2024-05-01T07:00:00.000Z', durationMs: 35,
        nodes: [{ name: 'raw', status: 'success', durationMs: 30, rows: 10 }, { name: 'note', status: 'success', durationMs: 5 }],
      },
    },
    view: lines,
    expected: [
      '# Run of ingest', '', '- Status: success', '- Started: 2024-05-01T07:00:00.000Z', '- Duration: 35 ms',
      '- Nodes: 2 (2 succeeded, 0 failed, 0 skipped)', '', '| node | status | duration | rows |', '|---|---|---|---|',
      '| raw | success | 30 ms | 10 |', '| note | success | 5 ms | - |',
    ],
  },
  {
    name: 'a failed run: status and counts',
    points: 1,
    hint: 'the status is failed when any node failed; skipped nodes count too',
    input: { run: failedRun },
    view: someLines(2, 6),
    expected: ['- Status: failed', '- Started: 2024-05-01T08:00:00.000Z', '- Duration: 412 ms', '- Nodes: 3 (1 succeeded, 1 failed, 1 skipped)'],
  },
  {
    name: 'a failed run: the problems section',
    points: 2,
    hint: 'one bullet per failed node (its error) and per skipped node (skipped because <root cause> failed)',
    input: { run: failedRun },
    view: someLines(-4),
    expected: ['## Problems', '', '- clean_orders: unknown column "amount"', '- customer_orders: skipped because clean_orders failed'],
  },
];
