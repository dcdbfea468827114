// Exercise 15's public checks: shown in the check cell's table.
import type { CheckCase } from '../../../src/grading/check-case.js';
import { predictionCase } from '../../../src/grading/prediction-case.js';
import type { Ex15Input } from './run.js';

/** The course graph: A and B; C after A; D after B; E after C and D. */
export const course: Ex15Input['nodes'] = [
  { name: 'A' }, { name: 'B' }, { name: 'C', dependsOn: ['A'] }, { name: 'D', dependsOn: ['B'] }, { name: 'E', dependsOn: ['C', 'D'] },
];

export const cases: CheckCase<Ex15Input>[] = [
  predictionCase<Ex15Input>({
    name: 'course graph, bug in B: what the resume runs',
    points: 2,
    hint: 'the failed node and everything skipped because of it; predict it from the first results (failed and skipped)',
    input: { nodes: course, bug: { B: 'fail' } },
    expected: { rerun: ['B', 'D', 'E'] },
  }),
  {
    name: 'the first run has the bug',
    points: 1,
    hint: 'run first with { inject: bug }',
    input: { nodes: course, bug: { B: 'fail' } },
    view: (r: any) => r?.firstFailed,
    expected: ['B'],
  },
  {
    name: 'after the fix, the resumed run succeeds',
    points: 1,
    hint: 'resume with { resume: first } and no injection: the bug is fixed',
    input: { nodes: course, bug: { B: 'fail' } },
    view: (r: any) => r?.secondStatus,
    expected: 'success',
  },
];
