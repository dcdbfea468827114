/**
 * Runs one operation step on an Arquero table: parse and check the params
 * (the same checks as at load time), check that the named columns and
 * tables exist, then run the operation's Arquero implementation.
 * Errors are not yet tied to a node; {@link applyStep} adds that.
 *
 * @example
 * ```ts
 * import { applyOperation } from 'odibi-ts/dist/src/engine/arquero/apply-operation.js';
 * import * as aq from 'arquero';
 * const empty = { get: (): never => { throw new Error('none'); }, has: () => false, names: () => [] };
 * applyOperation(aq.table({ x: [1, 5] }), 'filter', { expr: 'd => d.x > 2' }, empty).numRows(); // 1
 * ```
 */
import type { ColumnTable } from 'arquero';
import { OdibiError } from '../../errors.js';
import type { OperationName } from '../../operations/operations.js';
import { parseOperationStep } from '../../operations/parse-operation-step.js';
import { usedColumns } from '../../operations/used-columns.js';
import { closestMatch } from '../../text/closest-match.js';
import type { ReadonlyTables } from '../engine.js';
import { unknownColumnError } from '../unknown-column-error.js';
import { ARQUERO_OPS } from './ops/arquero-ops.js';

export function applyOperation(table: ColumnTable, operation: string, rawParams: unknown, tables: ReadonlyTables<ColumnTable>): ColumnTable {
  const { definition, params } = parseOperationStep(operation, rawParams);
  const available = table.columnNames();
  for (const column of usedColumns(definition, params)) {
    if (!available.includes(column)) throw unknownColumnError(column, available);
  }
  for (const name of definition.tables(params)) {
    if (!tables.has(name)) throw unknownTable(name, tables.names());
  }
  return ARQUERO_OPS[definition.name as OperationName](table, params, { tables });
}

function unknownTable(name: string, names: string[]): OdibiError {
  const closest = closestMatch(name, names);
  return new OdibiError('ENGINE_UNKNOWN_TABLE', `no table named "${name}" is available to this node; available: ${names.join(', ') || '(none)'}`, {
    hint: closest ? `did you mean "${closest}"?` : `add "${name}" to the node's depends_on`,
  });
}
