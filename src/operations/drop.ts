/**
 * `drop`: removes the listed columns.
 *
 * @example
 * ```ts
 * import { OPERATIONS } from 'odibi-ts/dist/src/operations/operations.js';
 * OPERATIONS.drop.schema.parse({ columns: ['internal_note'] });
 * ```
 */
import { z } from 'zod';
import type { OperationDefinition } from './operation-definition.js';
import { columnList } from './param-schemas.js';

const schema = z.object({ columns: columnList }).strict();
export type DropParams = z.infer<typeof schema>;

export const drop: OperationDefinition<DropParams> = {
  name: 'drop',
  summary: 'Remove the listed columns.',
  schema,
  paramDocs: { columns: 'the columns to remove' },
  example: `- operation: drop
  params:
    columns: [internal_note, debug_flag]`,
  exampleData: { input: { id: [1, 2], internal_note: ['x', 'y'], debug_flag: [true, false] } },
  expressions: () => [],
  columns: (p) => p.columns.map((column, i) => ({ path: ['params', 'columns', i], column })),
  tables: () => [],
};
