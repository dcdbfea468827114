import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCriticalPath } from '../../src/viz/run-critical-path.js';
import { courseExample, wideResults } from '../fixtures/results/results-fixtures.js';

test('walks back from the last node to finish through the latest dependency', () => {
  assert.deepEqual(runCriticalPath(courseExample()), ['A', 'C']);
});

test('a chain of layers gives one node per layer', () => {
  const path = runCriticalPath(wideResults(30, 10));
  assert.equal(path.length, 3);
  assert.deepEqual(path, ['node_00', 'node_10', 'node_20']);
});

test('a run where nothing started has an empty critical path', () => {
  const r = courseExample();
  for (const n of r.nodeResults) { n.attempts = []; delete n.startOffsetMs; }
  assert.deepEqual(runCriticalPath(r), []);
});
