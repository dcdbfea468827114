import { test } from 'node:test';
import assert from 'node:assert/strict';
import { predictionCase } from '../../src/grading/prediction-case.js';
import { scoreCase } from '../../src/grading/score-case.js';

const c = predictionCase({ name: 'what runs again', points: 2, hint: 'failed and skipped nodes', input: {}, expected: { rerun: ['B', 'D'], peak: 2 } });

test('a blank prediction asks for one, naming the fields, and gives no answer away', () => {
  for (const predicted of [undefined, null, {}, { rerun: undefined, peak: null }, { rerun: '  ' }, 'B, D']) {
    const shown = c.view!({ predicted, actual: c.expected });
    assert.equal(shown, 'write your prediction: fill in rerun, peak, then run the answer cell again', JSON.stringify(predicted));
  }
  const outcome = scoreCase(c, 'public', { kind: 'value', value: { predicted: {}, actual: c.expected } });
  assert.equal(outcome.passed, false);
  assert.ok(outcome.received?.includes('write your prediction') && !outcome.received.includes('B'));
});

test('a prediction is judged against the expected run, not against what the answer\'s process reports as actual', () => {
  const right = { predicted: { rerun: ['B', 'D'], peak: 2 } };
  assert.equal(scoreCase(c, 'public', { kind: 'value', value: { ...right, actual: { rerun: ['X'], peak: 9 } } }).passed, true);
  const wrong = { predicted: { rerun: ['B'], peak: 2 }, actual: { rerun: ['B'], peak: 2 } };
  assert.equal(scoreCase(c, 'public', { kind: 'value', value: wrong }).passed, false);
  assert.equal(scoreCase(c, 'public', { kind: 'value', value: { predicted: { rerun: ['B', 'D'] } } }).passed, false, 'a half-written prediction does not pass');
});
