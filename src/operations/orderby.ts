/**
 * `orderby`: sorts the rows by one or more columns, each ascending or
 * descending (`{column: amount, desc: true}`).
 *
 * @example
 * ```ts
 * import { OPERATIONS } from 'odibi-ts/dist/src/operations/operations.js';
 * OPERATIONS.orderby.schema.parse({ by: ['region', { column: 'amount', desc: true }] });
 * ```
 */
import { z } from 'zod';
import type { OperationDefinition } from './operation-definition.js';
import { columnName } from './param-schemas.js';

const key = z.union([columnName, z.object({ column: columnName, desc: z.boolean().optional() }).strict()], {
  error: 'expected a column name or {column: name, desc: true}',
});
const schema = z.object({ by: z.array(key, { error: 'expected a list of sort keys' }).min(1, 'give at least one sort key') }).strict();
export type OrderbyParams = z.infer<typeof schema>;

/** A sort key in its clean form. */
export function sortKeys(p: OrderbyParams): { column: string; desc: boolean }[] {
  return p.by.map((k) => (typeof k === 'string' ? { column: k, desc: false } : { column: k.column, desc: k.desc === true }));
}

export const orderby: OperationDefinition<OrderbyParams> = {
  name: 'orderby',
  summary: 'Sort rows by columns, ascending unless desc: true.',
  schema,
  paramDocs: { by: 'list of sort keys: a column name (ascending) or {column, desc: true}' },
  example: `- operation: orderby
  params:
    by: [region, { column: amount, desc: true }]`,
  exampleData: { input: { region: ['s', 'n', 'n'], amount: [3, 5, 9] } },
  expressions: () => [],
  columns: (p) => sortKeys(p).map((k, i) => ({ path: ['params', 'by', i], column: k.column })),
  tables: () => [],
};
