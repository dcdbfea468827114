/**
 * `impute`: fills missing values (null, undefined, NaN) of columns, either
 * with a fixed value (`values`) or with an aggregate of the column
 * (`expressions`, e.g. its mean).
 *
 * @example
 * ```ts
 * import { OPERATIONS } from 'odibi-ts/dist/src/operations/operations.js';
 * OPERATIONS.impute.schema.parse({ values: { region: 'unknown' }, expressions: { amount: 'd => op.median(d.amount)' } });
 * ```
 */
import { z } from 'zod';
import type { OperationDefinition } from './operation-definition.js';
import { columnMapError, columnName, expression, literal } from './param-schemas.js';

const schema = z
  .object({
    values: z.record(columnName, literal, { error: columnMapError('expected a map of column -> fill value') }).optional(),
    expressions: z.record(columnName, expression, { error: columnMapError('expected a map of column -> aggregate expression') }).optional(),
  })
  .strict()
  .refine((p) => Object.keys(p.values ?? {}).length + Object.keys(p.expressions ?? {}).length > 0, 'give values or expressions for at least one column');
export type ImputeParams = z.infer<typeof schema>;

export const impute: OperationDefinition<ImputeParams> = {
  name: 'impute',
  summary: 'Fill missing values with a fixed value or an aggregate of the column.',
  schema,
  paramDocs: {
    values: 'map of column -> fixed fill value',
    expressions: 'map of column -> aggregate expression computed over the column (e.g. op.mean)',
  },
  example: `- operation: impute
  params:
    values: { region: unknown }
    expressions: { amount: "d => op.median(d.amount)" }`,
  exampleData: { input: { region: ['n', null, 's'], amount: [10, null, 30] } },
  expressions: (p) => Object.entries(p.expressions ?? {}).map(([name, source]) => ({ path: ['params', 'expressions', name], source, kind: 'aggregate' as const, vars: [] })),
  columns: (p) => [
    ...Object.keys(p.values ?? {}).map((column) => ({ path: ['params', 'values', column], column })),
    ...Object.keys(p.expressions ?? {}).map((column) => ({ path: ['params', 'expressions', column], column })),
  ],
  tables: () => [],
};
