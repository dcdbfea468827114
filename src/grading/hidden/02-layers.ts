// Hidden checks of exercise 2, run only by the grader.
import type { CheckCase } from '../check-case.js';
import { captureError } from '../capture-error.js';
import { showsCycle } from '../shows-cycle.js';
import { ex2Nodes } from '../../../exercises/src/02-layers/checks.js';

export const ex2HiddenChecks: CheckCase[] = [
  {
    name: 'a node waits for its latest dependency, not its first',
    points: 2,
    hint: 'take the maximum layer over all dependencies, plus one',
    run: (findLayers) => findLayers(ex2Nodes([['src', []], ['mid', ['src']], ['late', ['mid']], ['join', ['src', 'late']]])),
    expected: [['src'], ['mid'], ['late'], ['join']],
  },
  {
    name: 'a cycle hanging below a healthy node is found',
    points: 1,
    hint: 'start the search from every node, not only from the sources',
    run: (findLayers) => captureError(() => findLayers(ex2Nodes([['ok', []], ['x', ['ok', 'z']], ['y', ['x']], ['z', ['y']]]))),
    expected: 'an error showing "x -> z -> y -> x" (any start)',
    accept: (r: any) => showsCycle(r?.error, ['x', 'y', 'z']),
  },
  {
    name: 'a node depending on itself is a cycle',
    points: 1,
    hint: 'a self-dependency is a cycle of length one: "n -> n"',
    run: (findLayers) => captureError(() => findLayers(ex2Nodes([['n', ['n']]]))),
    expected: 'an error showing "n -> n"',
    accept: (r: any) => showsCycle(r?.error, ['n']),
  },
];
