/**
 * `filter`: keeps the rows for which a row expression is true.
 *
 * @example
 * ```ts
 * import { OPERATIONS } from 'odibi-ts/dist/src/operations/operations.js';
 * OPERATIONS.filter.schema.parse({ expr: 'd => d.amount > 0' });
 * ```
 */
import { z } from 'zod';
import type { OperationDefinition } from './operation-definition.js';
import { expression, varNames, vars } from './param-schemas.js';

const schema = z.object({ expr: expression, vars }).strict();
export type FilterParams = z.infer<typeof schema>;

export const filter: OperationDefinition<FilterParams> = {
  name: 'filter',
  summary: 'Keep the rows for which an expression is true.',
  schema,
  paramDocs: {
    expr: 'row expression that is true for the rows to keep',
    vars: 'optional values the expression reads as $.name',
  },
  example: `- operation: filter
  params:
    expr: "(d, $) => d.amount >= $.min && d.status !== 'cancelled'"
    vars: { min: 10 }`,
  exampleData: { input: { id: [1, 2, 3, 4], amount: [5, 25, 40, 12], status: ['ok', 'ok', 'cancelled', 'ok'] } },
  expressions: (p) => [{ path: ['params', 'expr'], source: p.expr, kind: 'row', vars: varNames(p.vars) }],
  columns: () => [],
  tables: () => [],
};
