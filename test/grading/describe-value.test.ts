import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeValue } from '../../src/grading/describe-value.js';

test('values read as compact one-line JSON', () => {
  assert.equal(describeValue({ completed: ['A', 'C'], failed: [], skippedBecause: { D: 'B' } }), '{"completed": ["A", "C"], "failed": [], "skippedBecause": {"D": "B"}}');
  assert.equal(describeValue('a\nb'), '"a\\nb"');
  assert.equal(describeValue([[1, 2], [3]]), '[[1, 2], [3]]');
});

test('errors, undefined, functions, sets and non-finite numbers have readable forms', () => {
  assert.equal(describeValue(new TypeError('x is not a function')), 'TypeError: x is not a function');
  assert.equal(describeValue(undefined), 'undefined');
  assert.equal(describeValue(function double() {}), 'function double');
  assert.equal(describeValue(new Set(['a'])), '["a"]');
  assert.equal(describeValue(NaN), 'NaN');
  assert.equal(describeValue({ rate: NaN }), '{"rate": "NaN"}');
});

test('long values are shortened', () => {
  const text = describeValue('x'.repeat(1000), 50);
  assert.equal(text.length, 50);
  assert.ok(text.endsWith('…'));
});
