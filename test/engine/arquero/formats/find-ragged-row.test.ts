import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findRaggedRow } from '../../../../src/engine/arquero/formats/find-ragged-row.js';

test('finds the first record whose width differs from the header', () => {
  assert.deepEqual(findRaggedRow('a,b\n1,2\n3\n', ','), { line: 3, expected: 2, found: 1 });
  assert.deepEqual(findRaggedRow('a\tb\n1\t2\t3\n', '\t'), { line: 2, expected: 2, found: 3 });
});

test('respects quotes, escaped quotes, CRLF and blank lines', () => {
  assert.equal(findRaggedRow('a,b\r\n"x,""y""",2\r\n\r\n"multi\nline",3\r\n', ','), undefined);
});

test('reports the line a multi-line record starts on', () => {
  assert.deepEqual(findRaggedRow('a,b\n"x\ny"\n', ','), { line: 2, expected: 2, found: 1 });
});
