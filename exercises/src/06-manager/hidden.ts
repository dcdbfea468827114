// Exercise 6's hidden checks: run only by the grader, never shown to learners.
import type { CheckCase } from '../../../src/grading/check-case.js';
import { showsCycle } from '../../../src/grading/shows-cycle.js';
import { medallion, outcome } from './checks.js';
import type { Ex6Input } from './run.js';

export const cases: CheckCase<Ex6Input>[] = [
  {
    name: 'a cycle between pipelines is rejected with its path, even outside the selection',
    points: 2,
    hint: 'look for cycles among all pipelines before running; keep the path while following dependencies',
    input: { pipelines: [['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', []]], selected: ['d'], failing: [] },
    view: (r) => r.error ?? r,
    expected: 'an error showing "a -> b -> c -> a" (any start), even when only d is selected',
    accept: (message) => showsCycle(message, ['a', 'b', 'c']),
  },
  {
    name: 'several selected pipelines share what they need',
    points: 1,
    hint: 'pull in dependencies of every selected pipeline, each once',
    input: { pipelines: medallion, selected: ['audit', 'gold'], failing: ['bronze'] },
    view: outcome,
    expected: { order: ['bronze', 'silver', 'gold', 'audit'], completed: ['audit'], failed: ['bronze'], skipped: ['silver', 'gold'] },
  },
  {
    name: 'a failure deep in a long chain skips the rest',
    points: 1,
    hint: 'the skip cascades through skipped pipelines too',
    input: { pipelines: medallion, selected: ['reports'], failing: ['bronze'] },
    view: (r) => outcome(r, 'skipped'),
    expected: ['silver', 'gold', 'reports'],
  },
];
