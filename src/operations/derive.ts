/**
 * `derive`: adds (or replaces) columns computed by row expressions.
 *
 * @example
 * ```ts
 * import { OPERATIONS } from 'odibi-ts/dist/src/operations/operations.js';
 * OPERATIONS.derive.schema.parse({ columns: { total: 'd => d.price * d.qty' } });
 * ```
 */
import { z } from 'zod';
import type { OperationDefinition } from './operation-definition.js';
import { expressionMap, varNames, vars } from './param-schemas.js';

const schema = z.object({ columns: expressionMap, vars }).strict();
export type DeriveParams = z.infer<typeof schema>;

export const derive: OperationDefinition<DeriveParams> = {
  name: 'derive',
  summary: 'Add or replace columns computed from each row.',
  schema,
  paramDocs: {
    columns: 'map of column name -> row expression; an existing name is replaced',
    vars: 'optional values the expressions read as $.name',
  },
  example: `- operation: derive
  params:
    columns:
      total: "d => d.price * d.quantity"
      email: "d => op.lower(op.trim(d.email))"`,
  exampleData: { input: { price: [2.5, 4], quantity: [4, 3], email: [' Ann@Example.org ', 'bob@example.org'] } },
  expressions: (p) => Object.entries(p.columns).map(([name, source]) => ({ path: ['params', 'columns', name], source, kind: 'row' as const, vars: varNames(p.vars) })),
  columns: () => [],
  tables: () => [],
};
