/**
 * `impute` as SQL: every column in place; a missing value (null, or NaN in
 * a number column) of a listed column becomes its fixed value or its
 * aggregate over the whole table. A fixed value wins over an expression for
 * the same column, as in Arquero. Fill values must have the column's type.
 * Internal.
 */
import type { ImputeParams } from '../../../operations/impute.js';
import type { DuckDbTable } from '../duckdb-table.js';
import { expressionSql } from '../expression-sql.js';
import { quoteIdentifier as q } from '../quote-identifier.js';
import { sqlString } from '../sql-string.js';
import { hasColumn, plain, type SqlOp } from './sql-op.js';

export const imputeSql: SqlOp<ImputeParams> = (table, p) => {
  const fills = new Map<string, string>();
  for (const [column, source] of Object.entries(p.expressions ?? {})) {
    const value = expressionSql(source, table, { kind: 'aggregate' });
    if (!value || !hasColumn(table, column) || !fits(table, column, value.type)) return undefined;
    fills.set(column, `(SELECT ${value.sql} FROM ${q(table.name)})`);
  }
  for (const [column, value] of Object.entries(p.values ?? {})) {
    const type = value === null ? 'null' : typeof value;
    if (!hasColumn(table, column) || !fits(table, column, type)) return undefined;
    fills.set(column, typeof value === 'string' ? sqlString(value) : value === null ? 'NULL' : typeof value === 'number' ? `CAST(${value} AS DOUBLE)` : String(value).toUpperCase());
  }
  const item = (c: string) => (fills.has(c) ? `CASE WHEN ${missing(table, c)} THEN ${fills.get(c)} ELSE ${q(c)} END AS ${q(c)}` : q(c));
  return plain(`SELECT ${Object.keys(table.schema).map(item).join(', ')} FROM ${q(table.name)}`);
};

function fits(table: DuckDbTable, column: string, type: string): boolean {
  return type === 'null' || table.schema[column] === type;
}

function missing(table: DuckDbTable, column: string): string {
  return table.schema[column] === 'number' ? `(${q(column)} IS NULL OR isnan(CAST(${q(column)} AS DOUBLE)))` : `${q(column)} IS NULL`;
}
