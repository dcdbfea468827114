import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeThrown, serialiseValue } from '../../../src/grading/sandbox/serialise-value.js';

const fields = (value: unknown, max = 1000) => JSON.parse(`{${serialiseValue(value, max)}}`) as Record<string, unknown>;

test('values become JSON: Sets as arrays, Maps as objects, BigInts and non-finite numbers as text', () => {
  assert.deepEqual(fields({ s: new Set([1, 2]), m: new Map([['a', 1]]), b: 10n, n: NaN, i: -Infinity, u: undefined }), { value: { s: [1, 2], m: { a: 1 }, b: '10n', n: 'NaN', i: '-Infinity' } });
  assert.deepEqual(fields(undefined), { undefined: true });
  assert.deepEqual(fields(() => 1), { undefined: true });
});

test('a throwing getter, a throwing proxy, a cycle and a huge value are reported, never thrown', () => {
  assert.deepEqual(fields({ get a() { throw new RangeError('getter'); } }), { unreadable: 'RangeError: getter' });
  assert.deepEqual(fields(new Proxy({}, { ownKeys() { throw new Error('trap'); } })), { unreadable: 'Error: trap' });
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  assert.match(String(fields(cycle).unreadable), /^TypeError: Converting circular structure/);
  assert.deepEqual(fields('x'.repeat(5000), 100), { tooLarge: 5002 });
});

test('JSON.stringify replaced by the answer does not change what is reported', () => {
  const original = JSON.stringify;
  JSON.stringify = (() => '{"forged":true}') as typeof JSON.stringify;
  try {
    assert.equal(serialiseValue([1, 2], 100), '"value":[1,2]');
  } finally {
    JSON.stringify = original;
  }
});

test('describeThrown names whatever was thrown', () => {
  assert.equal(describeThrown(new TypeError('bad')), 'TypeError: bad');
  assert.equal(describeThrown('plain text'), 'Error: plain text');
  assert.equal(describeThrown(42), 'a thrown value: 42');
  assert.equal(describeThrown({ get message() { throw new Error('no'); } }), 'an error that cannot be read');
  assert.equal(describeThrown(new Error('x'.repeat(3000))).length, 2000);
});
