// Exercise 8's hidden checks: run only by the grader, never shown to learners.
import type { CheckCase } from '../../../src/grading/check-case.js';
import { releases, retail } from './checks.js';
import type { Ex8Input } from './run.js';

export const cases: CheckCase<Ex8Input>[] = [
  {
    name: 'a table with two consumers waits for the second',
    points: 2,
    hint: 'release when the LAST consumer has run, not the first',
    input: { nodes: [['src', []], ['left', ['src']], ['right', ['src']], ['join', ['left', 'right']]], keep: [] },
    view: releases,
    expected: [[], [], ['src'], ['left', 'right']],
  },
  {
    name: 'peak memory of the retail layers',
    points: 1,
    hint: 'count the tables right after each registration, before releasing',
    input: { nodes: retail, keep: [] },
    view: (plan) => plan?.peak,
    expected: 3,
  },
];
