// Exercise 15's hidden checks: run only by the grader, never shown to learners.
import type { CheckCase } from '../../../src/grading/check-case.js';
import { predictionCase } from '../../../src/grading/prediction-case.js';
import { course } from './checks.js';
import type { Ex15Input } from './run.js';

export const cases: CheckCase<Ex15Input>[] = [
  {
    name: 'exactly the failed and skipped nodes run again: A and C are reused',
    points: 2,
    hint: 'a released table is gone, so the resume reruns its node ("output not persisted"); keep the first run\'s tables',
    input: { nodes: course, bug: { B: 'fail' } },
    view: (r: any) => ({ ranAgain: r?.actual?.rerun, reused: r?.reused, rerunReasons: r?.rerunReasons }),
    expected: { ranAgain: ['B', 'D', 'E'], reused: ['A', 'C'], rerunReasons: {} },
  },
  predictionCase<Ex15Input>({
    name: 'two bugs at once: what the resume runs',
    points: 1,
    hint: 'every failed node and everything skipped because of any of them',
    input: { nodes: [...course, { name: 'F' }, { name: 'G', dependsOn: ['F'] }], bug: { A: 'fail', F: 'fail' } },
    expected: { rerun: ['A', 'C', 'E', 'F', 'G'] },
  }),
];
