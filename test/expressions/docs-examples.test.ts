// docs/expressions.md must list every allowed function, and each refused example must really be refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AGGREGATE_FUNCTIONS, ROW_FUNCTIONS } from '../../src/expressions/allowed-ops.js';
import { checkExpression } from '../../src/expressions/check-expression.js';

const doc = readFileSync(new URL('../../docs/expressions.md', import.meta.url), 'utf8');

function section(name: string): string {
  const start = doc.indexOf(`<!-- ${name} -->`);
  const end = doc.indexOf(`<!-- /${name} -->`);
  assert.ok(start >= 0 && end > start, `section ${name}`);
  return doc.slice(start, end);
}

function listed(text: string): string[] {
  return [...text.matchAll(/`([a-z_0-9]+)`/g)].map((m) => m[1]);
}

test('the documented function lists are exactly the allowed ones', () => {
  assert.deepEqual(listed(section('functions:row')).sort(), [...ROW_FUNCTIONS].sort());
  assert.deepEqual(listed(section('functions:aggregate')).sort(), [...AGGREGATE_FUNCTIONS].sort());
});

test('every refused example in the document is refused', () => {
  const rows = section('refused').split('\n').filter((line) => line.startsWith('| `') || line.startsWith('| ``'));
  assert.ok(rows.length >= 10);
  for (const row of rows) {
    const cell = row.split(' | ')[0].slice(2).trim();
    const source = cell.startsWith('`` ') ? cell.slice(3, -3) : cell.split('`')[1];
    const result = checkExpression(source, { kind: 'row' });
    assert.equal(result.ok, false, source);
  }
});
