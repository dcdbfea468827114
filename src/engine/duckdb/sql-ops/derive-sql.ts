/**
 * `derive` as SQL: every column in place (a derived column of the same name
 * replaces it there), new columns after them in the listed order; every
 * expression reads the input row. Internal.
 */
import type { DeriveParams } from '../../../operations/derive.js';
import { expressionParams, expressionSql, type TranslatedExpression } from '../expression-sql.js';
import { quoteIdentifier as q } from '../quote-identifier.js';
import type { SqlOp } from './sql-op.js';

export const deriveSql: SqlOp<DeriveParams> = (table, p) => {
  const derived = new Map<string, TranslatedExpression>();
  for (const [name, source] of Object.entries(p.columns)) {
    const value = expressionSql(source, table, { kind: 'row', vars: p.vars });
    if (!value) return undefined;
    derived.set(name, value);
  }
  const columns = Object.keys(table.schema);
  const item = (name: string) => (derived.has(name) ? `${derived.get(name)!.sql} AS ${q(name)}` : q(name));
  const items = [...columns, ...[...derived.keys()].filter((name) => !columns.includes(name))].map(item);
  return { sql: `SELECT ${items.join(', ')} FROM ${q(table.name)}`, params: expressionParams(p.vars, [...derived.values()]) };
};
