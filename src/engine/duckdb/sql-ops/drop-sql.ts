/** `drop` as SQL: every other column, in table order (not every column: DuckDB tables need one). Internal. */
import type { DropParams } from '../../../operations/drop.js';
import { quoteIdentifier as q } from '../quote-identifier.js';
import { hasColumn, plain, type SqlOp } from './sql-op.js';

export const dropSql: SqlOp<DropParams> = (table, p) => {
  const columns = Object.keys(table.schema);
  const keep = columns.filter((c) => !p.columns.includes(c));
  return p.columns.every((c) => hasColumn(table, c)) && keep.length ? plain(`SELECT ${keep.map(q).join(', ')} FROM ${q(table.name)}`) : undefined;
};
