import { test } from 'node:test';
import assert from 'node:assert/strict';
import { operationTables } from '../../src/operations/operation-tables.js';

test('joins and unions name the tables they read; other steps none', () => {
  assert.deepEqual(operationTables('join', { with: 'customers', on: ['id'] }), ['customers']);
  assert.deepEqual(operationTables('union', { with: 'a' }), ['a']);
  assert.deepEqual(operationTables('union', { with: ['a', 'b'] }), ['a', 'b']);
  assert.deepEqual(operationTables('filter', { expr: 'd.x' }), []);
});

test('unknown operations and invalid params read nothing', () => {
  assert.deepEqual(operationTables('nope', {}), []);
  assert.deepEqual(operationTables('join', { with: 3 }), []);
});
