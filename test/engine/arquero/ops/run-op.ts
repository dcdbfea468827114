// Test helper (not a test file): runs one operation step through the Arquero engine.
import assert from 'node:assert/strict';
import type { ColumnTable } from 'arquero';
import { applyStep } from '../../../../src/engine/arquero/apply-step.js';
import type { ReadonlyTables } from '../../../../src/engine/engine.js';
import { OdibiError } from '../../../../src/errors.js';

export function tablesOf(record: Record<string, ColumnTable>): ReadonlyTables<ColumnTable> {
  return {
    get: (name) => record[name],
    has: (name) => Object.prototype.hasOwnProperty.call(record, name),
    names: () => Object.keys(record),
  };
}

export function runOp(table: ColumnTable, operation: string, params: Record<string, unknown>, tables: Record<string, ColumnTable> = {}): Promise<ColumnTable> {
  const ctx = { node: 'test_node', stepIndex: 2, tables: tablesOf(tables), functions: new Map(), signal: new AbortController().signal };
  return applyStep(table, { kind: 'operation', operation, params }, ctx);
}

export async function rowsOf(promise: Promise<ColumnTable>): Promise<Record<string, unknown>[]> {
  return (await promise).objects() as Record<string, unknown>[];
}

/** Asserts the step fails with `code` and that the message names the node, step, operation and `words`. */
export async function rejectsStep(promise: Promise<unknown>, code: string, operation: string, words: RegExp[] = []): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof OdibiError, `expected OdibiError, got ${String(error)}`);
    assert.equal(error.code, code);
    assert.match(error.message, new RegExp(`node "test_node", step 2 \\(${operation}\\)`));
    for (const word of words) assert.match(`${error.message} ${error.hint ?? ''}`, word);
    assert.equal(error.location.node, 'test_node');
    assert.equal(error.location.step, 2);
    assert.equal(error.location.operation, operation);
    return true;
  });
}
