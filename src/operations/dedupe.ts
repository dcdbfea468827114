/**
 * `dedupe`: removes duplicate rows, keeping the first of each; duplicates
 * are judged on the listed columns, or on every column.
 *
 * @example
 * ```ts
 * import { OPERATIONS } from 'odibi-ts/dist/src/operations/operations.js';
 * OPERATIONS.dedupe.schema.parse({ columns: ['order_id'] });
 * ```
 */
import { z } from 'zod';
import type { OperationDefinition } from './operation-definition.js';
import { columnList } from './param-schemas.js';

const schema = z.object({ columns: columnList.optional() }).strict();
export type DedupeParams = z.infer<typeof schema>;

export const dedupe: OperationDefinition<DedupeParams> = {
  name: 'dedupe',
  summary: 'Remove duplicate rows (first one kept), judged on some columns or all.',
  schema,
  paramDocs: { columns: 'optional key columns; default: every column' },
  example: `- operation: dedupe
  params:
    columns: [order_id]`,
  exampleData: { input: { order_id: [1, 1, 2], updated: ['mon', 'tue', 'mon'] } },
  expressions: () => [],
  columns: (p) => (p.columns ?? []).map((column, i) => ({ path: ['params', 'columns', i], column })),
  tables: () => [],
};
