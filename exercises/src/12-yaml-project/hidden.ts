// Exercise 12's hidden checks: run only by the grader, never shown to learners.
import type { CheckCase } from '../../../src/grading/check-case.js';
import type { ProjectSummary } from '../../../src/grading/project-summary.js';
import { nodesByName } from './checks.js';
import type { Ex12Input } from './run.js';

export const cases: CheckCase<Ex12Input>[] = [
  {
    name: 'every node retries 3 times with exponential backoff',
    points: 1,
    hint: 'a project-wide retry: { enabled: true, max_attempts: 3, backoff: exponential }',
    input: {},
    view: (summary: ProjectSummary) => [...nodesByName(summary).values()].map((n) => `${n.name}:${n.retry.maxAttempts}:${n.retry.backoff}`),
    expected: ['raw_customers', 'raw_orders', 'clean_customers', 'clean_orders', 'customer_orders'].map((n) => `${n}:3:exponential`),
  },
  {
    name: 'customer_orders needs exactly the two clean tables',
    points: 1,
    hint: 'depends_on: [clean_customers, clean_orders]',
    input: {},
    view: (summary: ProjectSummary) => [...(nodesByName(summary).get('customer_orders')?.dependsOn ?? [])].sort(),
    expected: ['clean_customers', 'clean_orders'],
  },
  {
    name: 'clean and joined tables are transformed',
    points: 1,
    hint: 'give clean_customers, clean_orders and customer_orders a transform with at least one step',
    input: {},
    view: (summary: ProjectSummary) => ['clean_customers', 'clean_orders', 'customer_orders'].map((n) => (nodesByName(summary).get(n)?.steps ?? 0) > 0),
    expected: [true, true, true],
  },
];
