// Hidden checks of exercise 6, run only by the grader.
import type { CheckCase } from '../check-case.js';
import { captureError } from '../capture-error.js';
import { showsCycle } from '../shows-cycle.js';
import { ex6Pipelines, ex6Project } from '../../../exercises/src/06-manager/checks.js';

export const ex6HiddenChecks: CheckCase[] = [
  {
    name: 'a cycle between pipelines is rejected with its path',
    points: 2,
    hint: 'look for cycles before running; keep the path while following dependencies',
    run: (f) => captureError(() => f(ex6Pipelines([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', []]]), ['d'], [])),
    expected: 'an error showing "a -> b -> c -> a" (any start), even when only d is selected',
    accept: (r: any) => showsCycle(r?.error, ['a', 'b', 'c']),
  },
  {
    name: 'several selected pipelines share what they need',
    points: 1,
    hint: 'pull in dependencies of every selected pipeline, each once',
    run: (f) => f(ex6Project, ['audit', 'gold'], ['bronze']),
    expected: { order: ['bronze', 'silver', 'gold', 'audit'], completed: ['audit'], failed: ['bronze'], skipped: ['silver', 'gold'] },
  },
  {
    name: 'a failure deep in a long chain skips the rest',
    points: 1,
    hint: 'the skip cascades through skipped pipelines too',
    run: (f) => f(ex6Project, ['reports'], ['bronze']).skipped,
    expected: ['silver', 'gold', 'reports'],
  },
];
