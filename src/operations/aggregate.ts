/**
 * `aggregate`: groups rows by columns (optional) and summarises each group
 * with aggregate expressions (`op.sum(d.amount)`, `op.count()`...).
 *
 * @example
 * ```ts
 * import { OPERATIONS } from 'odibi-ts/dist/src/operations/operations.js';
 * OPERATIONS.aggregate.schema.parse({ group_by: ['region'], aggregates: { total: 'd => op.sum(d.amount)' } });
 * ```
 */
import { z } from 'zod';
import type { OperationDefinition } from './operation-definition.js';
import { columnList, expressionMap, varNames, vars } from './param-schemas.js';

const schema = z.object({ group_by: columnList.optional(), aggregates: expressionMap, vars }).strict();
export type AggregateParams = z.infer<typeof schema>;

export const aggregate: OperationDefinition<AggregateParams> = {
  name: 'aggregate',
  summary: 'Group rows (optionally) and summarise each group: one row per group.',
  schema,
  paramDocs: {
    group_by: 'optional columns to group by; without it the whole table is one group',
    aggregates: 'map of output column -> aggregate expression (op.sum, op.mean, op.count...)',
    vars: 'optional values the expressions read as $.name',
  },
  example: `- operation: aggregate
  params:
    group_by: [region]
    aggregates:
      orders: "op.count()"
      revenue: "d => op.sum(d.amount)"
      average: "d => op.round(op.mean(d.amount))"`,
  exampleData: { input: { region: ['n', 'n', 's'], amount: [10, 25, 5] } },
  expressions: (p) => Object.entries(p.aggregates).map(([name, source]) => ({ path: ['params', 'aggregates', name], source, kind: 'aggregate' as const, vars: varNames(p.vars) })),
  columns: (p) => (p.group_by ?? []).map((column, i) => ({ path: ['params', 'group_by', i], column })),
  tables: () => [],
};
