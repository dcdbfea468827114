import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findOperation } from '../../src/operations/operations.js';
import { usedColumns } from '../../src/operations/used-columns.js';

function columnsOf(operation: string, params: unknown): string[] {
  const definition = findOperation(operation)!;
  return usedColumns(definition, definition.schema.parse(params));
}

test('named columns first, then those expressions read, each once', () => {
  assert.deepEqual(columnsOf('select', { columns: ['id', 'amount'] }), ['id', 'amount']);
  assert.deepEqual(columnsOf('filter', { expr: 'd => d.amount > 10 && d.region === "north"' }), ['amount', 'region']);
  assert.deepEqual(columnsOf('dedupe', { columns: ['id'] }), ['id']);
  assert.deepEqual(columnsOf('aggregate', { group_by: ['region'], aggregates: { total: 'd => op.sum(d.amount)', top: 'd => op.max(d.amount)' } }), ['region', 'amount']);
});

test('an expression that does not check adds nothing (its own check reports it)', () => {
  assert.deepEqual(columnsOf('filter', { expr: 'd => process.exit()' }), []);
});
