/**
 * `aggregate` as SQL: the group columns, then one column per aggregate in
 * the listed order; one row per group, groups in order of first appearance
 * (missing keys form one group); without `group_by`, one row. Internal.
 */
import type { AggregateParams } from '../../../operations/aggregate.js';
import { expressionParams, expressionSql, type TranslatedExpression } from '../expression-sql.js';
import { quoteIdentifier as q } from '../quote-identifier.js';
import { hasColumn, type SqlOp } from './sql-op.js';

export const aggregateSql: SqlOp<AggregateParams> = (table, p) => {
  const groups = p.group_by ?? [];
  if (!groups.every((c) => hasColumn(table, c) && table.schema[c] !== 'object')) return undefined;
  const values: TranslatedExpression[] = [];
  const items = groups.map(q);
  for (const [name, source] of Object.entries(p.aggregates)) {
    const value = expressionSql(source, table, { kind: 'aggregate', vars: p.vars });
    if (!value || groups.includes(name)) return undefined;
    values.push(value);
    items.push(`${value.sql} AS ${q(name)}`);
  }
  const grouping = groups.length ? ` GROUP BY ${groups.map(q).join(', ')} ORDER BY min(rowid)` : '';
  return { sql: `SELECT ${items.join(', ')} FROM ${q(table.name)}${grouping}`, params: expressionParams(p.vars, values) };
};
