// Exercise 16's public checks: shown in the check cell's table.
import type { CheckCase } from '../../../src/grading/check-case.js';
import type { Ex16Input } from './run.js';

/** Each pipeline's status (and skip), in the order the manager ran them. */
export const statuses = (r: any) => (r && typeof r === 'object' ? Object.fromEntries(Object.entries(r).map(([name, p]: [string, any]) => [name, p?.skipped ? `skipped: ${p.skipped}` : p?.status])) : r);

export const cases: CheckCase<Ex16Input>[] = [
  {
    name: 'run(): all three succeed, bronze before silver',
    points: 2,
    hint: 'the manager runs pipelines in dependency order: give silver depends_on: [bronze]',
    input: {},
    view: (r: any) => ({ order: Object.keys(r ?? {}).filter((n) => n !== 'audit'), statuses: statuses(r) }),
    expected: { order: ['bronze', 'silver'], statuses: { bronze: 'success', silver: 'success', audit: 'success' } },
  },
  {
    name: 'load_orders fails: silver is skipped, audit still runs',
    points: 3,
    hint: 'a pipeline that depends on a failed one is skipped (upstream_pipeline); an independent one is not held back',
    input: { fail: ['load_orders'] },
    view: statuses,
    expected: { bronze: 'failed', silver: 'skipped: upstream_pipeline (bronze)', audit: 'success' },
  },
  {
    name: "run('silver', { upstream: true }) runs bronze first, and not audit",
    points: 1,
    hint: 'upstream: true adds the pipelines silver depends on; audit is not one of them',
    input: { pipeline: 'silver', upstream: true },
    view: (r: any) => Object.keys(r ?? {}),
    expected: ['bronze', 'silver'],
  },
];
