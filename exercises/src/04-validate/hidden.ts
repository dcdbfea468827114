// Exercise 4's hidden checks: run only by the grader, never shown to learners.
import type { CheckCase } from '../../../src/grading/check-case.js';
import { showsCycle } from '../../../src/grading/shows-cycle.js';
import { codes, cycleMessages } from './checks.js';
import type { Ex4Input } from './run.js';

export const cases: CheckCase<Ex4Input>[] = [
  {
    name: 'every kind of problem at once',
    points: 2,
    hint: 'check each node for each kind of problem; cycles along existing dependencies only',
    input: { nodes: [['x', ['y']], ['y', ['x', 'ghost']], ['z', [], 'nowhere'], ['z', []]], connections: ['lake'] },
    view: (r) => ({ errors: codes(r?.errors).map((c: string) => (c.startsWith('cycle') ? 'cycle' : c)), warnings: codes(r?.warnings) }),
    expected: { errors: ['cycle', 'duplicate z', 'missing-dependency y'], warnings: ['unknown-connection z'] },
  },
  {
    name: 'a self-dependency is a cycle',
    points: 1,
    hint: 'a node that depends on itself is the cycle "n -> n"',
    input: { nodes: [['n', ['n']]], connections: [] },
    view: cycleMessages,
    expected: 'one error showing "n -> n"',
    accept: (r) => Array.isArray(r) && r.length === 1 && showsCycle(r[0], ['n']),
  },
  {
    name: 'the cycle is shown along its dependencies, whatever the declaration order',
    points: 1,
    hint: 'print the path you followed (a -> c -> b -> d -> a), not the cycle\'s nodes in the order they were declared',
    input: { nodes: [['a', ['c']], ['b', ['d']], ['c', ['b']], ['d', ['a']]], connections: [] },
    view: cycleMessages,
    expected: 'one error showing "a -> c -> b -> d -> a" (any start, either direction)',
    accept: (r) => Array.isArray(r) && r.length === 1 && showsCycle(r[0], ['a', 'c', 'b', 'd']),
  },
  {
    name: 'a long cycle behind a healthy node',
    points: 1,
    hint: 'a cycle is not only two nodes depending on each other: follow the whole path',
    input: { nodes: [['root', []], ['p', ['root', 's']], ['q', ['p']], ['r', ['q']], ['s', ['r']]], connections: [] },
    view: cycleMessages,
    expected: 'one error showing "p -> s -> r -> q -> p" (any start)',
    accept: (r) => Array.isArray(r) && r.length === 1 && showsCycle(r[0], ['p', 'q', 'r', 's']),
  },
];
