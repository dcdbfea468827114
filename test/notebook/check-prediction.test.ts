import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparePrediction } from '../../src/notebook/compare-prediction.js';
import { predictionBundle } from '../../src/notebook/prediction-bundle.js';

const ACTUAL = { completed: ['A', 'C'], skipped: ['D', 'E'], status: 'partial', layers: 3 };

test('an empty prediction asks for one, never throws, and gives nothing away', () => {
  for (const empty of [undefined, null, {}, { completed: undefined, skipped: null, status: '  ', layers: undefined }]) {
    const check = comparePrediction(empty, ACTUAL);
    assert.equal(check.status, 'empty');
    const bundle = predictionBundle(check);
    assert.match(String(bundle['text/plain']), /^Write your prediction/);
    assert.match(String(bundle['text/html']), /data-status="empty"/);
    assert.doesNotMatch(String(bundle['text/html']) + String(bundle['text/plain']), /partial|<table/);
  }
});

test('every field right, with lists compared as sets where asked and strings trimmed', () => {
  const check = comparePrediction({ completed: ['A', 'C'], skipped: ['E', 'D'], status: ' partial ', layers: 3 }, ACTUAL, { unordered: ['skipped'] });
  assert.equal(check.status, 'right');
  assert.equal(check.right, 4);
  assert.match(String(predictionBundle(check)['text/plain']), /^Right: all 4\./);
});

test('order matters for a list unless the field is unordered; a wrong field shows what happened', () => {
  const check = comparePrediction({ completed: ['C', 'A'], skipped: ['E', 'D'], status: 'failed', layers: 3 }, ACTUAL, { unordered: ['skipped'], question: 'B fails: what happens?' });
  assert.equal(check.status, 'wrong');
  assert.deepEqual(check.rows.map((r) => [r.field, r.verdict]), [['completed', 'wrong'], ['skipped', 'right'], ['status', 'wrong'], ['layers', 'right']]);
  const text = String(predictionBundle(check)['text/plain']);
  assert.match(text, /^B fails: what happens\?\n2 of 4 right\./);
  assert.match(text, /status: ✗ not quite \(predicted failed; happened: partial\)/);
  assert.match(String(predictionBundle(check)['text/html']), /<td[^>]*>C, A<\/td><td[^>]*>A, C<\/td>/);
});

test('a partly filled prediction is judged on what was written and asks for the rest without revealing it', () => {
  const check = comparePrediction({ layers: 3, status: undefined }, ACTUAL);
  assert.equal(check.status, 'incomplete');
  const text = String(predictionBundle(check)['text/plain']);
  assert.match(text, /^1 of 4 right\. 3 still to predict/);
  assert.doesNotMatch(text, /partial|A, C|D, E/);
});

test('an empty list is a prediction ("none"), and a field that is not asked is pointed out', () => {
  const check = comparePrediction({ completed: ['A', 'C'], skipped: [], status: 'partial', layers: 3, layer: 2 }, ACTUAL);
  assert.deepEqual(check.rows.map((r) => r.verdict), ['right', 'wrong', 'right', 'right', 'unknown field']);
  const text = String(predictionBundle(check)['text/plain']);
  assert.match(text, /skipped: ✗ not quite \(predicted none; happened: D, E\)/);
  assert.match(text, /layer: not asked here \(predicted 2; no such question\)/);
});
