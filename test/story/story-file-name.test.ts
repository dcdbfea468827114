import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyFileName } from '../../src/story/story-file-name.js';

test('UTC timestamp with milliseconds, and a counter after the first', () => {
  const now = new Date('2026-01-05T03:04:05.007Z');
  assert.equal(storyFileName('orders', now), 'orders_20260105_030405_007');
  assert.equal(storyFileName('orders', now, 3), 'orders_20260105_030405_007_3');
});

test('unsafe characters are replaced', () => {
  assert.equal(storyFileName('../a b/c', new Date(0)), '__a_b_c_19700101_000000_000');
});
