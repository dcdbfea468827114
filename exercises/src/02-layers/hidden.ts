// Exercise 2's hidden checks: run only by the grader, never shown to learners.
import type { CheckCase } from '../../../src/grading/check-case.js';
import { showsCycle } from '../../../src/grading/shows-cycle.js';
import { layers } from './checks.js';
import type { Ex2Input } from './run.js';

export const cases: CheckCase<Ex2Input>[] = [
  {
    name: 'a node waits for its latest dependency, not its first',
    points: 2,
    hint: 'take the maximum layer over all dependencies, plus one',
    input: { nodes: [['src', []], ['mid', ['src']], ['late', ['mid']], ['join', ['src', 'late']]] },
    view: layers,
    expected: [['src'], ['mid'], ['late'], ['join']],
  },
  {
    name: 'every layer keeps declaration order, also deep ones',
    points: 1,
    hint: 'fill each layer in the order the nodes were declared: never sort names, and do not add them in the order your search reaches them',
    input: { nodes: [['zeta', []], ['report', ['orders']], ['beta', []], ['yak', ['zeta']], ['orders', []], ['alpha', ['beta']], ['end', ['yak', 'alpha']]] },
    view: layers,
    expected: [['zeta', 'beta', 'orders'], ['report', 'yak', 'alpha'], ['end']],
  },
  {
    name: 'a cycle hanging below a healthy node is found',
    points: 1,
    hint: 'start the search from every node, not only from the sources',
    input: { nodes: [['ok', []], ['x', ['ok', 'z']], ['y', ['x']], ['z', ['y']]] },
    view: (r) => r.error ?? r,
    expected: 'an error showing "x -> z -> y -> x" (any start)',
    accept: (message) => showsCycle(message, ['x', 'y', 'z']),
  },
  {
    name: 'a node depending on itself is a cycle',
    points: 1,
    hint: 'a self-dependency is a cycle of length one: "n -> n"',
    input: { nodes: [['n', ['n']]] },
    view: (r) => r.error ?? r,
    expected: 'an error showing "n -> n"',
    accept: (message) => showsCycle(message, ['n']),
  },
];
