/**
 * The columns an operation step's expressions read (`d.amount`), each once.
 * Expressions that do not check are left to the step's own checks. Internal.
 *
 * @example
 * ```ts
 * import { OPERATIONS } from 'odibi-ts/dist/src/operations/operations.js';
 * import { expressionColumns } from 'odibi-ts/dist/src/operations/expression-columns.js';
 * expressionColumns(OPERATIONS.filter, { expr: "d => d.status != 'cancelled'" }); // ['status']
 * ```
 */
import { checkExpression } from '../expressions/check-expression.js';
import type { OperationDefinition } from './operation-definition.js';

export function expressionColumns<P>(definition: OperationDefinition<P>, params: P): string[] {
  const read = definition.expressions(params).flatMap((use) => {
    const checked = checkExpression(use.source, { kind: use.kind, vars: use.vars });
    return checked.ok ? checked.columns : [];
  });
  return [...new Set(read)];
}
