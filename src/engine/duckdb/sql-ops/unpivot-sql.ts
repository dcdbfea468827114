/**
 * `unpivot` as SQL: the other columns, then the key and value columns; each
 * input row gives one row per listed column, in the listed order (missing
 * values kept). Internal.
 */
import type { UnpivotParams } from '../../../operations/unpivot.js';
import { quoteIdentifier as q } from '../quote-identifier.js';
import { sqlString } from '../sql-string.js';
import { hasColumn, plain, type SqlOp } from './sql-op.js';

const ROW = '__odibi_row';
const COLUMN = '__odibi_column';

export const unpivotSql: SqlOp<UnpivotParams> = (table, p) => {
  const [key, value] = [p.key_name ?? 'key', p.value_name ?? 'value'];
  const others = Object.keys(table.schema).filter((c) => !p.columns.includes(c));
  const types = new Set(p.columns.map((c) => table.schema[c]).filter((t) => t !== 'null'));
  if (!p.columns.every((c) => hasColumn(table, c)) || types.size > 1 || types.has('object')) return undefined;
  const names = [...others, key, value].map((n) => n.toLowerCase());
  if (new Set([...names, ROW, COLUMN]).size !== names.length + 2) return undefined;
  const kept = others.map((c) => `${q(c)}, `).join('');
  const parts = p.columns.map((c, i) => `SELECT ${kept}${sqlString(c)} AS ${q(key)}, ${q(c)} AS ${q(value)}, rowid AS ${ROW}, ${i} AS ${COLUMN} FROM ${q(table.name)}`);
  return plain(`SELECT ${[...others, key, value].map(q).join(', ')} FROM (${parts.join(' UNION ALL ')}) ORDER BY ${ROW}, ${COLUMN}`);
};
