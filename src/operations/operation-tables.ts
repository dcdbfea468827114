/**
 * The other nodes' tables an operation step reads (`join.with`,
 * `union.with`), so a loader or runner can check they are listed in the
 * node's `depends_on`. Steps with invalid params read none.
 *
 * @example
 * ```ts
 * import { operationTables } from 'odibi-ts/dist/src/operations/operation-tables.js';
 * operationTables('join', { with: 'clean_customers', on: ['customer_id'] }); // ['clean_customers']
 * operationTables('filter', { expr: 'd.x > 1' }); // []
 * ```
 */
import { findOperation } from './operations.js';

export function operationTables(operation: string, params: unknown): string[] {
  const definition = findOperation(operation);
  const parsed = definition?.schema.safeParse(params ?? {});
  return definition && parsed?.success ? definition.tables(parsed.data) : [];
}
