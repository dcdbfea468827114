// Exercise 10's hidden checks: run only by the grader, never shown to learners.
import type { CheckCase } from '../../../src/grading/check-case.js';
import type { Ex10Input } from './run.js';

export const cases: CheckCase<Ex10Input>[] = [
  {
    name: 'the path through nodes declared before their dependencies',
    points: 1,
    hint: 'compute finishes from the dependencies (recursively), not in declaration order',
    input: { nodes: [['end', ['mid'], 1], ['mid', ['start'], 10], ['start', [], 4], ['lone', [], 12]] },
    expected: { path: ['start', 'mid', 'end'], durationMs: 15 },
  },
  {
    name: 'a tie between two slowest dependencies goes to the one declared first',
    points: 1,
    hint: 'replace the best only when strictly larger',
    input: { nodes: [['x', [], 5], ['y', [], 5], ['z', ['y', 'x'], 1]] },
    view: (r) => r?.path,
    expected: ['y', 'z'],
  },
  {
    name: 'an empty pipeline: the empty path, 0 ms',
    points: 1,
    hint: 'an empty pipeline has the empty path and takes 0 ms',
    input: { nodes: [] },
    expected: { path: [], durationMs: 0 },
  },
];
