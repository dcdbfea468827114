/** `limit` as SQL: n rows after offset rows, in table order. Internal. */
import type { LimitParams } from '../../../operations/limit.js';
import { quoteIdentifier as q } from '../quote-identifier.js';
import { plain, type SqlOp } from './sql-op.js';

export const limitSql: SqlOp<LimitParams> = (table, p) => plain(`SELECT * FROM ${q(table.name)} ORDER BY rowid LIMIT ${p.n} OFFSET ${p.offset ?? 0}`);
