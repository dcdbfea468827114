/** `filter` as SQL: the rows whose expression is truthy in JavaScript's sense (a missing value is false). Internal. */
import type { FilterParams } from '../../../operations/filter.js';
import { expressionParams, expressionSql } from '../expression-sql.js';
import { quoteIdentifier as q } from '../quote-identifier.js';
import { truthy } from '../sql-value.js';
import type { SqlOp } from './sql-op.js';

export const filterSql: SqlOp<FilterParams> = (table, p) => {
  const where = expressionSql(p.expr, table, { kind: 'row', vars: p.vars });
  return where && { sql: `SELECT * FROM ${q(table.name)} WHERE ${truthy(where)}`, params: expressionParams(p.vars, [where]) };
};
