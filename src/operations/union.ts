/**
 * `union`: appends the rows of other nodes' tables to the input table (they
 * must have the same columns); `distinct: true` also removes duplicate rows.
 *
 * @example
 * ```ts
 * import { OPERATIONS } from 'odibi-ts/dist/src/operations/operations.js';
 * OPERATIONS.union.schema.parse({ with: ['orders_2024'], distinct: false });
 * ```
 */
import { z } from 'zod';
import type { OperationDefinition } from './operation-definition.js';

const nodeName = z.string({ error: 'expected a node name' }).min(1);
const schema = z
  .object({
    with: z.union([nodeName, z.array(nodeName).min(1, 'name at least one node')], { error: 'expected a node name or a list of node names' }),
    distinct: z.boolean({ error: 'expected true or false' }).optional(),
  })
  .strict();
export type UnionParams = z.infer<typeof schema>;

/** The other tables, always as a list. */
export function unionTables(p: UnionParams): string[] {
  return typeof p.with === 'string' ? [p.with] : p.with;
}

export const union: OperationDefinition<UnionParams> = {
  name: 'union',
  summary: "Append the rows of other nodes' tables (same columns); distinct: true removes duplicates.",
  schema,
  paramDocs: {
    with: 'a node name or a list of them (list them in depends_on)',
    distinct: 'remove duplicate rows afterwards (default false: keep every row)',
  },
  example: `- operation: union
  params:
    with: [orders_2023, orders_2024]`,
  exampleData: { input: { id: [1], amount: [5] }, tables: { orders_2023: { id: [2], amount: [7] }, orders_2024: { amount: [9], id: [3] } } },
  expressions: () => [],
  columns: () => [],
  tables: (p) => unionTables(p),
};
