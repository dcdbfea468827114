// Exercise 1's public checks: shown in the check cell's table.
import type { CheckCase } from '../../../src/grading/check-case.js';
import type { Ex1Input } from './run.js';

/** The course's case: A ok, B fails, C <- A, D <- B, E <- C, D. */
export const course: Array<[string, string[]]> = [['A', []], ['B', []], ['C', ['A']], ['D', ['B']], ['E', ['C', 'D']]];

export const cases: CheckCase<Ex1Input>[] = [
  {
    name: 'the course case: completed, failed and skipped',
    points: 3,
    hint: 'a node is skipped when ANY dependency failed or was skipped, so the skip reaches grandchildren',
    input: { nodes: course, failing: ['B'] },
    view: (r) => ({ completed: r.outcome?.completed, failed: r.outcome?.failed, skipped: r.outcome?.skipped }),
    expected: { completed: ['A', 'C'], failed: ['B'], skipped: ['D', 'E'] },
  },
  {
    name: 'the course case: skipped nodes are never run',
    points: 1,
    hint: 'do not call runNode for a node you skip',
    input: { nodes: course, failing: ['B'] },
    view: (r) => r.ran,
    expected: ['A', 'B', 'C'],
  },
  {
    name: 'nodes declared before their dependencies run after them',
    points: 2,
    hint: 'pick the first node in declaration order whose dependencies have all been handled',
    input: { nodes: [['report', ['clean']], ['clean', ['raw']], ['raw', []]], failing: [] },
    view: (r) => r.outcome?.completed,
    expected: ['raw', 'clean', 'report'],
  },
];
