// Hidden checks of exercise 12, run only by the grader.
import type { CheckCase } from '../check-case.js';
import { ex12Nodes } from '../../../exercises/src/12-yaml-project/checks.js';

export const ex12HiddenChecks: CheckCase[] = [
  {
    name: 'every node retries 3 times with exponential backoff',
    points: 1,
    hint: 'a project-wide retry: { enabled: true, max_attempts: 3, backoff: exponential }',
    run: (f) => [...ex12Nodes(f).values()].map((n) => `${n.name}:${n.retry.maxAttempts}:${n.retry.backoff}`),
    expected: ['raw_customers', 'raw_orders', 'clean_customers', 'clean_orders', 'customer_orders'].map((n) => `${n}:3:exponential`),
  },
  {
    name: 'customer_orders needs exactly the two clean tables',
    points: 1,
    hint: 'depends_on: [clean_customers, clean_orders]',
    run: (f) => [...(ex12Nodes(f).get('customer_orders')?.dependsOn ?? [])].sort(),
    expected: ['clean_customers', 'clean_orders'],
  },
  {
    name: 'clean and joined tables are transformed',
    points: 1,
    hint: 'give clean_customers, clean_orders and customer_orders a transform with at least one step',
    run: (f) => ['clean_customers', 'clean_orders', 'customer_orders'].map((n) => (ex12Nodes(f).get(n)?.steps ?? 0) > 0),
    expected: [true, true, true],
  },
];
