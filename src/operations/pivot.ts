/**
 * `pivot`: turns the distinct values of a key column into columns, each
 * holding an aggregate of its rows (long -> wide), per group.
 *
 * @example
 * ```ts
 * import { OPERATIONS } from 'odibi-ts/dist/src/operations/operations.js';
 * OPERATIONS.pivot.schema.parse({ group_by: ['region'], key: 'quarter', value: 'd => op.sum(d.amount)' });
 * ```
 */
import { z } from 'zod';
import type { ColumnUse, OperationDefinition } from './operation-definition.js';
import { columnList, columnName, expression, varNames, vars } from './param-schemas.js';

const schema = z.object({ group_by: columnList.optional(), key: columnName, value: expression, vars }).strict();
export type PivotParams = z.infer<typeof schema>;

export const pivot: OperationDefinition<PivotParams> = {
  name: 'pivot',
  summary: 'Long to wide: one column per distinct key value, holding an aggregate.',
  schema,
  paramDocs: {
    group_by: 'optional columns that identify an output row',
    key: 'the column whose values become column names',
    value: 'aggregate expression for each cell, e.g. "d => op.sum(d.amount)"',
    vars: 'optional values the expression reads as $.name',
  },
  example: `- operation: pivot
  params:
    group_by: [region]
    key: quarter
    value: "d => op.sum(d.amount)"`,
  exampleData: { input: { region: ['n', 'n', 's', 's'], quarter: ['q1', 'q2', 'q1', 'q1'], amount: [1, 2, 3, 4] } },
  expressions: (p) => [{ path: ['params', 'value'], source: p.value, kind: 'aggregate', vars: varNames(p.vars) }],
  columns: (p) => {
    const uses: ColumnUse[] = (p.group_by ?? []).map((column, i) => ({ path: ['params', 'group_by', i], column }));
    return [...uses, { path: ['params', 'key'], column: p.key }];
  },
  tables: () => [],
};
