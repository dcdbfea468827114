/**
 * `pivot` as SQL: the group columns, then one column per distinct
 * non-missing key value, named by the value as text and sorted as
 * JavaScript sorts them (as text); each cell is the value expression over
 * the group's rows with that key (missing when there are none, as
 * Arquero's pivot gives). The key values are read first. Internal.
 */
import type { PivotParams } from '../../../operations/pivot.js';
import { expressionParams, expressionSql, type TranslatedExpression } from '../expression-sql.js';
import { quoteIdentifier as q } from '../quote-identifier.js';
import { sqlString } from '../sql-string.js';
import { hasColumn, type SqlOp } from './sql-op.js';

export const pivotSql: SqlOp<PivotParams> = async (table, p, ctx) => {
  const groups = p.group_by ?? [];
  const keyType = table.schema[p.key];
  if (!hasColumn(table, p.key) || !['number', 'string', 'boolean'].includes(keyType!)) return undefined;
  if (!groups.every((c) => hasColumn(table, c) && table.schema[c] !== 'object')) return undefined;
  const keys = (await ctx.distinctValues(table, p.key)).sort();
  const names = keys.map(String);
  if (names.some((n) => groups.includes(n)) || (!keys.length && !groups.length)) return undefined;
  const cells: TranslatedExpression[] = [];
  for (const key of keys) {
    const literal = typeof key === 'string' ? sqlString(key) : typeof key === 'number' ? `CAST(${key} AS DOUBLE)` : String(key).toUpperCase();
    const cell = expressionSql(p.value, table, { kind: 'aggregate', vars: p.vars, filter: `${q(p.key)} = ${literal}` });
    if (!cell) return undefined;
    cells.push(cell);
  }
  const items = [...groups.map(q), ...cells.map((c, i) => `${c.sql} AS ${q(names[i]!)}`)];
  const grouping = groups.length ? ` GROUP BY ${groups.map(q).join(', ')} ORDER BY min(rowid)` : '';
  return { sql: `SELECT ${items.join(', ')} FROM ${q(table.name)}${grouping}`, params: expressionParams(p.vars, cells) };
};
