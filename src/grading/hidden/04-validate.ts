// Hidden checks of exercise 4, run only by the grader.
import type { CheckCase } from '../check-case.js';
import { showsCycle } from '../shows-cycle.js';
import { ex4Codes, ex4Nodes } from '../../../exercises/src/04-validate/checks.js';

export const ex4HiddenChecks: CheckCase[] = [
  {
    name: 'every kind of problem at once',
    points: 2,
    hint: 'check each node for each kind of problem; cycles along existing dependencies only',
    run: (f) => {
      const r = f(ex4Nodes([['x', ['y']], ['y', ['x', 'ghost']], ['z', [], 'nowhere'], ['z', []]]), ['lake']);
      return { errors: ex4Codes(r.errors).map((c) => (c.startsWith('cycle') ? 'cycle' : c)), warnings: ex4Codes(r.warnings) };
    },
    expected: { errors: ['cycle', 'duplicate z', 'missing-dependency y'], warnings: ['unknown-connection z'] },
  },
  {
    name: 'a self-dependency is a cycle',
    points: 1,
    hint: 'a node that depends on itself is the cycle "n -> n"',
    run: (f) => f(ex4Nodes([['n', ['n']]]), []).errors.map((p: any) => p.message),
    expected: 'one error showing "n -> n"',
    accept: (r: any) => Array.isArray(r) && r.length === 1 && showsCycle(r[0], ['n']),
  },
  {
    name: 'a long cycle behind a healthy node',
    points: 1,
    hint: 'a cycle is not only two nodes depending on each other: follow the whole path',
    run: (f) => f(ex4Nodes([['root', []], ['p', ['root', 's']], ['q', ['p']], ['r', ['q']], ['s', ['r']]]), []).errors.map((p: any) => p.message),
    expected: 'one error showing "p -> s -> r -> q -> p" (any start)',
    accept: (r: any) => Array.isArray(r) && r.length === 1 && showsCycle(r[0], ['p', 'q', 'r', 's']),
  },
];
