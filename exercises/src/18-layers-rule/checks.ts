// Exercise 18's public checks: shown in the check cell's table.
import type { CheckCase } from '../../../src/grading/check-case.js';
import type { Ex18Input } from './run.js';

/** fast and slow in layer 0, next after fast. */
export const uneven: Ex18Input = {
  nodes: [{ name: 'fast' }, { name: 'slow' }, { name: 'next', dependsOn: ['fast'] }],
  delays: { fast: 10, slow: 100, next: 10 },
  maxConcurrency: 4,
};

export const cases: CheckCase<Ex18Input>[] = [
  {
    name: 'next waits for the whole of layer 0 (slow ends at 100 ms)',
    points: 2,
    hint: 'a node of a later layer may not start while currentLayer is below its layer',
    input: uneven,
    view: (r: any) => r?.starts,
    expected: { fast: 0, slow: 0, next: 100 },
  },
  {
    name: 'the barrier costs time: 110 ms against dynamic\'s 100 ms',
    points: 1,
    hint: 'dynamic starts next at 10 ms, as soon as fast ends',
    input: uneven,
    view: (r: any) => ({ yours: r?.durationMs, dynamic: r?.dynamicMs }),
    expected: { yours: 110, dynamic: 100 },
  },
  {
    name: 'every node runs: the rule never blocks a layer for good',
    points: 1,
    hint: 'nodes of the current layer must be allowed, or the run ends with nodes never started',
    input: { nodes: [{ name: 'a' }, { name: 'b', dependsOn: ['a'] }, { name: 'c', dependsOn: ['b'] }], delays: { a: 5, b: 5, c: 5 }, maxConcurrency: 2 },
    view: (r: any) => ({ statuses: r?.statuses, durationMs: r?.durationMs }),
    expected: { statuses: ['success'], durationMs: 15 },
  },
];
