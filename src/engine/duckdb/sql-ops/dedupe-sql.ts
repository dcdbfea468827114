/**
 * `dedupe` as SQL: the first row (in table order) of each set of rows with
 * equal keys (missing values equal to each other), kept in table order. Internal.
 */
import type { DedupeParams } from '../../../operations/dedupe.js';
import { quoteIdentifier as q } from '../quote-identifier.js';
import { hasColumn, plain, type SqlOp } from './sql-op.js';

export const dedupeSql: SqlOp<DedupeParams> = (table, p) => {
  const keys = p.columns ?? Object.keys(table.schema);
  if (!keys.every((c) => hasColumn(table, c))) return undefined;
  const t = q(table.name);
  return plain(`SELECT * FROM ${t} WHERE rowid IN (SELECT min(rowid) FROM ${t} GROUP BY ${keys.map(q).join(', ')}) ORDER BY rowid`);
};
