/** `select` as SQL: the listed columns, in the listed order. Internal. */
import type { SelectParams } from '../../../operations/select.js';
import { quoteIdentifier as q } from '../quote-identifier.js';
import { hasColumn, plain, type SqlOp } from './sql-op.js';

export const selectSql: SqlOp<SelectParams> = (table, p) =>
  p.columns.every((c) => hasColumn(table, c)) ? plain(`SELECT ${p.columns.map(q).join(', ')} FROM ${q(table.name)}`) : undefined;
