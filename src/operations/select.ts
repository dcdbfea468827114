/**
 * `select`: keeps the listed columns, in the listed order.
 *
 * @example
 * ```ts
 * import { OPERATIONS } from 'odibi-ts/dist/src/operations/operations.js';
 * OPERATIONS.select.schema.parse({ columns: ['id', 'amount'] });
 * ```
 */
import { z } from 'zod';
import type { OperationDefinition } from './operation-definition.js';
import { columnList } from './param-schemas.js';

const schema = z.object({ columns: columnList }).strict();
export type SelectParams = z.infer<typeof schema>;

export const select: OperationDefinition<SelectParams> = {
  name: 'select',
  summary: 'Keep only the listed columns, in that order.',
  schema,
  paramDocs: { columns: 'the columns to keep' },
  example: `- operation: select
  params:
    columns: [order_id, customer_id, amount]`,
  exampleData: { input: { order_id: [1, 2], note: ['gift', ''], customer_id: [10, 20], amount: [5, 7] } },
  expressions: () => [],
  columns: (p) => p.columns.map((column, i) => ({ path: ['params', 'columns', i], column })),
  tables: () => [],
};
