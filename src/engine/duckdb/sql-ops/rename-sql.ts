/** `rename` as SQL: every column in place, the listed ones under their new names. Internal. */
import type { RenameParams } from '../../../operations/rename.js';
import { quoteIdentifier as q } from '../quote-identifier.js';
import { hasColumn, plain, type SqlOp } from './sql-op.js';

export const renameSql: SqlOp<RenameParams> = (table, p) => {
  const columns = Object.keys(table.schema);
  const map = p.columns as Record<string, string>;
  if (!Object.keys(map).every((c) => hasColumn(table, c))) return undefined;
  return plain(`SELECT ${columns.map((c) => (map[c] ? `${q(c)} AS ${q(map[c])}` : q(c))).join(', ')} FROM ${q(table.name)}`);
};
