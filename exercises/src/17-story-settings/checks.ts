// Exercise 17's public checks: shown in the check cell's table.
import type { CheckCase } from '../../../src/grading/check-case.js';
import type { Ex17Input } from './run.js';

export const cases: CheckCase<Ex17Input>[] = [
  {
    name: 'the story is written where asked, as JSON',
    points: 2,
    hint: "story: { connection: 'out', path: request.path, formats: ['json'] }",
    input: { path: 'runs/2026-01-15', sampleRows: 2, node: 'positive_orders' },
    view: (r: any) => ({ folders: r?.folders, hasJson: r?.formats?.includes('json') ?? false }),
    expected: { folders: ['runs/2026-01-15'], hasJson: true },
  },
  {
    name: 'each node keeps the sample size asked for',
    points: 2,
    hint: 'max_sample_rows: request.sampleRows',
    input: { path: 'runs/2026-01-15', sampleRows: 2, node: 'positive_orders' },
    view: (r: any) => r?.samples,
    expected: { raw_orders: 2, positive_orders: 2, top_orders: 2 },
  },
  {
    name: 'the fact read back: positive_orders produced 3 rows',
    points: 2,
    hint: 'JSON.parse the file at results.storyPath and find the node in story.nodeResults: its rowsOut',
    input: { path: 'runs/2026-01-15', sampleRows: 2, node: 'positive_orders' },
    view: (r: any) => r?.fact,
    expected: 3,
  },
];
