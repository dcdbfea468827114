/**
 * `unpivot`: turns columns into rows (wide -> long): each listed column
 * gives one row per input row, with its name under `key_name` and its value
 * under `value_name`.
 *
 * @example
 * ```ts
 * import { OPERATIONS } from 'odibi-ts/dist/src/operations/operations.js';
 * OPERATIONS.unpivot.schema.parse({ columns: ['q1', 'q2'], key_name: 'quarter', value_name: 'amount' });
 * ```
 */
import { z } from 'zod';
import type { OperationDefinition } from './operation-definition.js';
import { columnList, columnName } from './param-schemas.js';

const schema = z.object({ columns: columnList, key_name: columnName.optional(), value_name: columnName.optional() }).strict();
export type UnpivotParams = z.infer<typeof schema>;

export const unpivot: OperationDefinition<UnpivotParams> = {
  name: 'unpivot',
  summary: 'Wide to long: listed columns become (key, value) rows.',
  schema,
  paramDocs: {
    columns: 'the columns to turn into rows',
    key_name: 'name of the column holding the former column names (default key)',
    value_name: 'name of the column holding the values (default value)',
  },
  example: `- operation: unpivot
  params:
    columns: [q1, q2, q3, q4]
    key_name: quarter
    value_name: amount`,
  exampleData: { input: { region: ['n', 's'], q1: [1, 5], q2: [2, 6], q3: [3, 7], q4: [4, 8] } },
  expressions: () => [],
  columns: (p) => p.columns.map((column, i) => ({ path: ['params', 'columns', i], column })),
  tables: () => [],
};
