/**
 * `limit`: keeps at most `n` rows, after skipping `offset` rows.
 *
 * @example
 * ```ts
 * import { OPERATIONS } from 'odibi-ts/dist/src/operations/operations.js';
 * OPERATIONS.limit.schema.parse({ n: 10 });
 * ```
 */
import { z } from 'zod';
import type { OperationDefinition } from './operation-definition.js';

const count = z.number({ error: 'expected a whole number' }).int('expected a whole number').min(0, 'must be 0 or more');
const schema = z.object({ n: count, offset: count.optional() }).strict();
export type LimitParams = z.infer<typeof schema>;

export const limit: OperationDefinition<LimitParams> = {
  name: 'limit',
  summary: 'Keep at most n rows (after skipping offset rows).',
  schema,
  paramDocs: { n: 'how many rows to keep', offset: 'rows to skip first (default 0)' },
  example: `- operation: limit
  params:
    n: 2
    offset: 1`,
  exampleData: { input: { id: [1, 2, 3, 4] } },
  expressions: () => [],
  columns: () => [],
  tables: () => [],
};
