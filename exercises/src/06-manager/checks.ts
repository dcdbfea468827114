// Exercise 6's public checks: shown in the check cell's table.
import type { CheckCase } from '../../../src/grading/check-case.js';
import type { Ex6Input } from './run.js';

/** A medallion project: reports need gold, gold needs silver, silver needs bronze. */
export const medallion: Ex6Input['pipelines'] = [
  ['reports', ['gold']],
  ['gold', ['silver']],
  ['silver', ['bronze']],
  ['bronze', []],
  ['audit', []],
];

/** The outcome the answer returned (or one field of it), or what it threw. */
export const outcome = (r: any, field?: string) => ('returned' in r ? (field ? r.returned?.[field] : r.returned) : r);

export const cases: CheckCase<Ex6Input>[] = [
  {
    name: 'running everything orders pipelines by their dependencies',
    points: 2,
    hint: 'take the first pipeline in declaration order whose dependencies have all been handled',
    input: { pipelines: medallion, selected: null, failing: [] },
    view: outcome,
    expected: { order: ['bronze', 'silver', 'gold', 'reports', 'audit'], completed: ['bronze', 'silver', 'gold', 'reports', 'audit'], failed: [], skipped: [] },
  },
  {
    name: 'selecting one pipeline pulls in everything it needs',
    points: 2,
    hint: 'follow dependencies transitively: reports needs gold, which needs silver, which needs bronze',
    input: { pipelines: medallion, selected: ['reports'], failing: [] },
    view: (r) => outcome(r, 'order'),
    expected: ['bronze', 'silver', 'gold', 'reports'],
  },
  {
    name: 'a failed pipeline skips every pipeline after it',
    points: 2,
    hint: 'a pipeline is skipped when a dependency failed OR was skipped',
    input: { pipelines: medallion, selected: null, failing: ['silver'] },
    view: outcome,
    expected: { order: ['bronze', 'silver', 'gold', 'reports', 'audit'], completed: ['bronze', 'audit'], failed: ['silver'], skipped: ['gold', 'reports'] },
  },
  {
    name: 'an unknown pipeline name lists the available ones',
    points: 1,
    hint: 'check the selection before running anything, and name every pipeline in the message',
    input: { pipelines: medallion, selected: ['reprots'], failing: [] },
    view: (r) => r.error ?? r,
    expected: 'an error naming "reprots" and listing reports, gold, silver, bronze, audit',
    accept: (message) => typeof message === 'string' && ['reprots', 'reports', 'gold', 'silver', 'bronze', 'audit'].every((n) => message.includes(n)),
  },
];
