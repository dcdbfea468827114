/**
 * `join`: joins the input table with another node's table on key columns:
 * `inner` (default), `left`, `right` or `full`. `on: [id]` joins columns of
 * the same name; `on: {customer_id: id}` maps input column -> other column.
 * Other columns present in both get the suffixes (default `_1`, `_2`).
 *
 * @example
 * ```ts
 * import { OPERATIONS } from 'odibi-ts/dist/src/operations/operations.js';
 * OPERATIONS.join.schema.parse({ with: 'clean_customers', on: ['customer_id'], how: 'left' });
 * ```
 */
import { z } from 'zod';
import type { OperationDefinition } from './operation-definition.js';
import { columnList, columnName } from './param-schemas.js';

const schema = z
  .object({
    with: z.string({ error: 'expected the name of another node (a dependency)' }).min(1),
    on: z.union([columnList, z.record(columnName, columnName).refine((m) => Object.keys(m).length > 0, 'give at least one key')], {
      error: 'expected a list of key columns [id] or a map {input_column: other_column}',
    }),
    how: z.enum(['inner', 'left', 'right', 'full'], { error: 'expected one of inner, left, right, full' }).optional(),
    suffix: z.tuple([z.string(), z.string()], { error: 'expected two suffixes, e.g. [_left, _right]' }).optional(),
  })
  .strict();
export type JoinParams = z.infer<typeof schema>;

/** The key pairs in their clean form: [input column, other column]. */
export function joinKeys(p: JoinParams): [string, string][] {
  return Array.isArray(p.on) ? p.on.map((c) => [c, c] as [string, string]) : Object.entries(p.on);
}

export const join: OperationDefinition<JoinParams> = {
  name: 'join',
  summary: "Join with another node's table on key columns (inner, left, right, full).",
  schema,
  paramDocs: {
    with: 'the other node (list it in depends_on)',
    on: 'key columns: [id] when the names match, or {input_column: other_column}',
    how: 'inner (default), left, right or full',
    suffix: 'suffixes for other columns present in both tables (default [_1, _2])',
  },
  example: `- operation: join
  params:
    with: clean_customers
    on: { customer_id: id }
    how: left`,
  exampleData: { input: { order_id: [1, 2, 3], customer_id: [10, 20, 30] }, tables: { clean_customers: { id: [10, 20], name: ['Ann', 'Bob'] } } },
  expressions: () => [],
  columns: (p) => joinKeys(p).map(([column]) => ({ path: ['params', 'on', Array.isArray(p.on) ? p.on.indexOf(column) : column], column })),
  tables: (p) => [p.with],
};
