// Exercise 14's public checks: shown in the check cell's table.
import { predictionCase } from '../../../src/grading/prediction-case.js';
import type { Ex14Input } from './run.js';

/** The course graph: A and B; C after A; D after B; E after C and D. */
export const course: Ex14Input['nodes'] = [
  { name: 'A' }, { name: 'B' }, { name: 'C', dependsOn: ['A'] }, { name: 'D', dependsOn: ['B'] }, { name: 'E', dependsOn: ['C', 'D'] },
];

export const cases = [
  predictionCase<Ex14Input>({
    name: 'course graph, B fails, fail_later',
    points: 2,
    hint: 'downstream of B is skipped (transitively: E too); A and C do not depend on B',
    input: { nodes: course, failing: 'B', onError: 'fail_later' },
    expected: { A: 'success', B: 'failed', C: 'success', D: 'skipped: upstream_failed', E: 'skipped: upstream_failed' },
  }),
  predictionCase<Ex14Input>({
    name: 'course graph, B fails, fail_fast',
    points: 2,
    hint: 'A ran before B; C had not started, so fail_fast skips it; D and E are downstream of B',
    input: { nodes: course, failing: 'B', onError: 'fail_fast' },
    expected: { A: 'success', B: 'failed', C: 'skipped: fail_fast', D: 'skipped: upstream_failed', E: 'skipped: upstream_failed' },
  }),
  predictionCase<Ex14Input>({
    name: 'a chain whose last node fails, fail_fast',
    points: 1,
    hint: 'everything before the failure ran; nothing was left to stop',
    input: { nodes: [{ name: 'extract' }, { name: 'clean', dependsOn: ['extract'] }, { name: 'load', dependsOn: ['clean'] }], failing: 'load', onError: 'fail_fast' },
    expected: { extract: 'success', clean: 'success', load: 'failed' },
  }),
];
