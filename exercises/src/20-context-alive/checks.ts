// Exercise 20's public checks: shown in the check cell's table.
import type { CheckCase } from '../../../src/grading/check-case.js';
import { predictionCase } from '../../../src/grading/prediction-case.js';
import type { Ex20Input } from './run.js';

export const cases: CheckCase<Ex20Input>[] = [
  predictionCase<Ex20Input>({
    name: 'a chain: each table lives until the next node has ended',
    points: 2,
    hint: 'b is registered while a is still alive (2 at once); then a is released',
    input: { nodes: [{ name: 'a' }, { name: 'b', dependsOn: ['a'] }, { name: 'c', dependsOn: ['b'] }] },
    expected: { after: { a: ['a'], b: ['b'], c: ['c'] }, peak: 2 },
  }),
  predictionCase<Ex20Input>({
    name: 'the course graph',
    points: 2,
    hint: 'A and B wait for C and D; C and D wait for E; E is the output and stays',
    input: { nodes: [{ name: 'A' }, { name: 'B' }, { name: 'C', dependsOn: ['A'] }, { name: 'D', dependsOn: ['B'] }, { name: 'E', dependsOn: ['C', 'D'] }] },
    expected: { after: { A: ['A'], B: ['A', 'B'], C: ['B', 'C'], D: ['C', 'D'], E: ['E'] }, peak: 3 },
  }),
  predictionCase<Ex20Input>({
    name: 'two outputs stay to the end',
    points: 1,
    hint: 'a table nobody depends on is an output of the pipeline: it is never released during the run',
    input: { nodes: [{ name: 'raw' }, { name: 'report', dependsOn: ['raw'] }, { name: 'other' }] },
    expected: { after: { raw: ['raw'], other: ['other', 'raw'], report: ['other', 'report'] }, peak: 3 },
  }),
];
