// Exercise 20's hidden checks: run only by the grader, never shown to learners.
import type { CheckCase } from '../../../src/grading/check-case.js';
import { predictionCase } from '../../../src/grading/prediction-case.js';
import type { Ex20Input } from './run.js';

export const cases: CheckCase<Ex20Input>[] = [
  predictionCase<Ex20Input>({
    name: 'a table with two consumers lives until the last of them',
    points: 2,
    hint: 'count every consumer: orders is needed by daily and by monthly',
    input: { nodes: [{ name: 'orders' }, { name: 'daily', dependsOn: ['orders'] }, { name: 'monthly', dependsOn: ['orders'] }, { name: 'report', dependsOn: ['daily', 'monthly'] }] },
    expected: { after: { orders: ['orders'], daily: ['daily', 'orders'], monthly: ['daily', 'monthly'], report: ['report'] }, peak: 3 },
  }),
  predictionCase<Ex20Input>({
    name: 'a wide fan-in: the peak is reached as the last input registers',
    points: 1,
    hint: 'all four inputs are alive when the join registers its table',
    input: { nodes: [{ name: 'p' }, { name: 'q' }, { name: 'r' }, { name: 'join', dependsOn: ['p', 'q', 'r'] }] },
    expected: { after: { p: ['p'], q: ['p', 'q'], r: ['p', 'q', 'r'], join: ['join'] }, peak: 4 },
  }),
];
