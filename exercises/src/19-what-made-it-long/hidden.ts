// Exercise 19's hidden checks: run only by the grader, never shown to learners.
import type { CheckCase } from '../../../src/grading/check-case.js';
import { predictionCase } from '../../../src/grading/prediction-case.js';
import { course } from './checks.js';
import type { Ex19Input } from './run.js';

export const cases: CheckCase<Ex19Input>[] = [
  predictionCase<Ex19Input>({
    name: 'dynamic with max_concurrency 1: slots, not only under sequential',
    points: 2,
    hint: 'a concurrency limit makes ready nodes wait for a slot under any strategy',
    input: { nodes: course, delays: { A: 30, B: 10, C: 50, D: 10, E: 10 }, strategy: 'dynamic', maxConcurrency: 1 },
    expected: { chain: ['A (start)', 'B (slot)', 'C (slot)', 'D (slot)', 'E (dependency)'] },
  }),
  predictionCase<Ex19Input>({
    name: 'layers: the barrier lifted by a node that is not a dependency',
    points: 1,
    hint: 'D waited for A (layer 0), which it does not depend on',
    input: { nodes: course, delays: { A: 40, B: 10, C: 10, D: 50, E: 10 }, strategy: 'layers', maxConcurrency: 4 },
    expected: { chain: ['A (start)', 'D (barrier)', 'E (dependency)'] },
  }),
];
