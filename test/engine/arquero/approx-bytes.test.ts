import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { approxBytes } from '../../../src/engine/arquero/approx-bytes.js';

test('fixed-width types count their width per row', () => {
  assert.equal(approxBytes(aq.table({ x: [1, 2, 3], d: [new Date(0), new Date(1), null] })), 48);
  assert.equal(approxBytes(aq.table({ b: [true, false] })), 2);
});

test('strings grow with their length', () => {
  const short = approxBytes(aq.table({ s: ['a', 'b'] }));
  const long = approxBytes(aq.table({ s: ['a'.repeat(100), 'b'.repeat(100)] }));
  assert.equal(short, 2 * (16 + 2));
  assert.equal(long, 2 * (16 + 200));
});

test('more rows means more bytes; an empty table is 0', () => {
  const small = aq.table({ s: ['x', 'y'] });
  assert.ok(approxBytes(small.concat(small)) > approxBytes(small));
  assert.equal(approxBytes(aq.table({})), 0);
});
