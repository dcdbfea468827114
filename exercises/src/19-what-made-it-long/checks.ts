// Exercise 19's public checks: shown in the check cell's table.
import type { CheckCase } from '../../../src/grading/check-case.js';
import { predictionCase } from '../../../src/grading/prediction-case.js';
import type { Ex19Input } from './run.js';

/** The course graph: A and B; C after A; D after B; E after C and D. */
export const course: Ex19Input['nodes'] = [
  { name: 'A' }, { name: 'B' }, { name: 'C', dependsOn: ['A'] }, { name: 'D', dependsOn: ['B'] }, { name: 'E', dependsOn: ['C', 'D'] },
];

export const cases: CheckCase<Ex19Input>[] = [
  predictionCase<Ex19Input>({
    name: 'dynamic: the critical path',
    points: 2,
    hint: 'E ended last; it started when C ended, C when A ended, A at 0',
    input: { nodes: course, delays: { A: 30, B: 10, C: 50, D: 10, E: 10 }, strategy: 'dynamic', maxConcurrency: 4 },
    expected: { chain: ['A (start)', 'C (dependency)', 'E (dependency)'] },
  }),
  predictionCase<Ex19Input>({
    name: 'sequential: one node after another',
    points: 2,
    hint: 'a node that was ready earlier started when the node before it ended: a slot came free',
    input: { nodes: course, delays: { A: 30, B: 10, C: 50, D: 10, E: 10 }, strategy: 'sequential', maxConcurrency: 4 },
    expected: { chain: ['A (start)', 'B (slot)', 'C (slot)', 'D (slot)', 'E (dependency)'] },
  }),
  predictionCase<Ex19Input>({
    name: 'layers: C waited for the barrier, not for A',
    points: 2,
    hint: 'A ended at 10 but C started at 30, when B (layer 0) ended and lifted the barrier',
    input: { nodes: course, delays: { A: 10, B: 30, C: 60, D: 10, E: 10 }, strategy: 'layers', maxConcurrency: 4 },
    expected: { chain: ['B (start)', 'C (barrier)', 'E (dependency)'] },
  }),
];
