import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreCase } from '../../src/grading/score-case.js';
import type { CheckCase } from '../../src/grading/check-case.js';

const adds: CheckCase = { name: 'adds', points: 2, hint: 'use +', input: [1, 2], expected: { sum: 3 } };

test('a value equal to the expected one in JSON form passes; undefined fields and -0 do not matter', () => {
  assert.deepEqual(scoreCase(adds, 'public', { kind: 'value', value: { sum: 3 } }), {
    name: 'adds', visibility: 'public', passed: true, points: 2, earned: 2, expected: '{"sum": 3}', received: '{"sum": 3}',
  });
  assert.equal(scoreCase(adds, 'public', { kind: 'value', value: { sum: 3, extra: undefined } }).earned, 2);
  const zero: CheckCase = { ...adds, expected: 0 };
  assert.equal(scoreCase(zero, 'public', { kind: 'value', value: -0 }).passed, true);
});

test('a wrong value, a throw, an unreadable or too large value, a case not run: each fails with what happened and the hint', () => {
  const fail = (outcome: Parameters<typeof scoreCase>[2]) => scoreCase(adds, 'public', outcome);
  assert.deepEqual([fail({ kind: 'value', value: { sum: 4 } }).received, fail({ kind: 'value', value: { sum: 4 } }).hint], ['{"sum": 4}', 'use +']);
  assert.equal(fail({ kind: 'threw', error: 'TypeError: x is not a function' }).received, 'threw TypeError: x is not a function');
  assert.equal(fail({ kind: 'unreadable', error: 'Error: trap' }).received, 'a value that cannot be read (Error: trap)');
  assert.equal(fail({ kind: 'tooLarge', bytes: 2_000_000 }).received, 'a value of 2000000 bytes, more than the grader reads');
  assert.equal(fail({ kind: 'notRun', why: 'not run: timed out' }).received, 'not run: timed out');
  assert.ok([fail({ kind: 'threw', error: 'E' }), fail({ kind: 'notRun', why: 'x' })].every((r) => r.earned === 0 && !r.passed));
});

test('view picks what is compared and shown; accept decides alone and its description is shown', () => {
  const viewed: CheckCase = { ...adds, view: (r) => r.sum, expected: 3 };
  assert.equal(scoreCase(viewed, 'public', { kind: 'value', value: { sum: 3, noise: [1] } }).passed, true);
  const accepted: CheckCase = { ...adds, expected: 'an odd number', accept: (r) => r % 2 === 1 };
  assert.deepEqual(scoreCase(accepted, 'public', { kind: 'value', value: 7 }).expected, 'an odd number');
  assert.equal(scoreCase(accepted, 'public', { kind: 'value', value: 8 }).passed, false);
});

test('a view or accept that throws on a strange value fails the case, never the grader', () => {
  const throwingView: CheckCase = { ...adds, view: (r) => r.deep.field };
  const result = scoreCase(throwingView, 'public', { kind: 'value', value: null });
  assert.equal(result.passed, false);
  assert.match(result.received ?? '', /^TypeError: Cannot read properties of null/);
  const throwingAccept: CheckCase = { ...adds, accept: () => { throw new Error('boom'); } };
  assert.equal(scoreCase(throwingAccept, 'public', { kind: 'value', value: 3 }).passed, false);
  const truthy: CheckCase = { ...adds, accept: () => 'yes' as unknown as boolean };
  assert.equal(scoreCase(truthy, 'public', { kind: 'value', value: 3 }).passed, false, 'only true passes');
});

test('a hidden case carries neither its expected value nor what was received', () => {
  const failed = scoreCase(adds, 'hidden', { kind: 'value', value: { sum: 'secret input echoed' } });
  assert.deepEqual(failed, { name: 'adds', visibility: 'hidden', passed: false, points: 2, earned: 0, hint: 'use +' });
  assert.deepEqual(Object.keys(scoreCase(adds, 'hidden', { kind: 'value', value: { sum: 3 } })).sort(), ['earned', 'name', 'passed', 'points', 'visibility']);
});
