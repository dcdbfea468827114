import type { CheckCase } from '../../../src/grading/check-case.js';
import { captureError } from '../../../src/grading/capture-error.js';

/** Builds exercise 6's input from `[name, dependsOn]` pairs. */
export function ex6Pipelines(pairs: Array<[string, string[]]>) {
  return pairs.map(([name, dependsOn]) => ({ name, dependsOn }));
}

/** A medallion project: reports need gold, gold needs silver, silver needs bronze. */
export const ex6Project = ex6Pipelines([
  ['reports', ['gold']],
  ['gold', ['silver']],
  ['silver', ['bronze']],
  ['bronze', []],
  ['audit', []],
]);

export const ex6Checks: CheckCase[] = [
  {
    name: 'running everything orders pipelines by their dependencies',
    points: 2,
    hint: 'take the first pipeline in declaration order whose dependencies have all been handled',
    run: (f) => f(ex6Project, undefined, []),
    expected: { order: ['bronze', 'silver', 'gold', 'reports', 'audit'], completed: ['bronze', 'silver', 'gold', 'reports', 'audit'], failed: [], skipped: [] },
  },
  {
    name: 'selecting one pipeline pulls in everything it needs',
    points: 2,
    hint: 'follow dependencies transitively: reports needs gold, which needs silver, which needs bronze',
    run: (f) => f(ex6Project, ['reports'], []).order,
    expected: ['bronze', 'silver', 'gold', 'reports'],
  },
  {
    name: 'a failed pipeline skips every pipeline after it',
    points: 2,
    hint: 'a pipeline is skipped when a dependency failed OR was skipped',
    run: (f) => f(ex6Project, undefined, ['silver']),
    expected: { order: ['bronze', 'silver', 'gold', 'reports', 'audit'], completed: ['bronze', 'audit'], failed: ['silver'], skipped: ['gold', 'reports'] },
  },
  {
    name: 'an unknown pipeline name lists the available ones',
    points: 1,
    hint: 'check the selection before running anything, and name every pipeline in the message',
    run: (f) => captureError(() => f(ex6Project, ['reprots'], [])),
    expected: 'an error naming "reprots" and listing reports, gold, silver, bronze, audit',
    accept: (r: any) => typeof r?.error === 'string' && ['reprots', 'reports', 'gold', 'silver', 'bronze', 'audit'].every((n) => r.error.includes(n)),
  },
];
