// Exercise 18's hidden checks: run only by the grader, never shown to learners.
import type { CheckCase } from '../../../src/grading/check-case.js';
import type { Ex18Input } from './run.js';

export const cases: CheckCase<Ex18Input>[] = [
  {
    name: 'inside a layer nodes run side by side: layers is not sequential',
    points: 2,
    hint: 'the barrier is between layers only; within a layer, nodes start together (up to maxConcurrency)',
    input: {
      nodes: [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd', dependsOn: ['a'] }, { name: 'e', dependsOn: ['b'] }],
      delays: { a: 20, b: 30, c: 10, d: 10, e: 10 }, maxConcurrency: 4,
    },
    view: (r: any) => ({ starts: r?.starts, durationMs: r?.durationMs }),
    expected: { starts: { a: 0, b: 0, c: 0, d: 30, e: 30 }, durationMs: 40 },
  },
  {
    name: 'three layers, uneven: each barrier waits for its slowest node',
    points: 1,
    hint: 'layer 2 starts when the last node of layer 1 ends, not when its own dependency ends',
    input: {
      nodes: [{ name: 'r1' }, { name: 'r2' }, { name: 'm1', dependsOn: ['r1'] }, { name: 'm2', dependsOn: ['r2'] }, { name: 'top', dependsOn: ['m1'] }],
      delays: { r1: 10, r2: 50, m1: 10, m2: 60, top: 5 }, maxConcurrency: 4,
    },
    view: (r: any) => ({ starts: r?.starts, durationMs: r?.durationMs, dynamic: r?.dynamicMs }),
    expected: { starts: { r1: 0, r2: 0, m1: 50, m2: 50, top: 110 }, durationMs: 115, dynamic: 110 },
  },
];
