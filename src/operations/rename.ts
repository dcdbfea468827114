/**
 * `rename`: renames columns (old name -> new name); the others stay.
 *
 * @example
 * ```ts
 * import { OPERATIONS } from 'odibi-ts/dist/src/operations/operations.js';
 * OPERATIONS.rename.schema.parse({ columns: { cust_id: 'customer_id' } });
 * ```
 */
import { z } from 'zod';
import type { OperationDefinition } from './operation-definition.js';
import { columnMapError, columnName } from './param-schemas.js';

const schema = z
  .object({ columns: z.record(columnName, columnName, { error: columnMapError('expected a map of old name -> new name') }).refine((m) => Object.keys(m).length > 0, 'rename at least one column') })
  .strict();
export type RenameParams = z.infer<typeof schema>;

export const rename: OperationDefinition<RenameParams> = {
  name: 'rename',
  summary: 'Rename columns; the others are kept as they are.',
  schema,
  paramDocs: { columns: 'map of old name -> new name' },
  example: `- operation: rename
  params:
    columns: { cust_id: customer_id, amt: amount }`,
  exampleData: { input: { cust_id: [10, 20], amt: [5, 7] } },
  expressions: () => [],
  columns: (p) => Object.keys(p.columns).map((column) => ({ path: ['params', 'columns', column], column })),
  tables: () => [],
};
