/**
 * `orderby` as SQL, with Arquero's order: a missing value sorts before any
 * other (first ascending, last descending); ties keep table order. Internal.
 */
import { sortKeys, type OrderbyParams } from '../../../operations/orderby.js';
import { quoteIdentifier as q } from '../quote-identifier.js';
import { hasColumn, plain, type SqlOp } from './sql-op.js';

export const orderbySql: SqlOp<OrderbyParams> = (table, p) => {
  const keys = sortKeys(p);
  if (!keys.every((k) => hasColumn(table, k.column) && table.schema[k.column] !== 'object')) return undefined;
  const order = keys.map((k) => `${q(k.column)} ${k.desc ? 'DESC NULLS LAST' : 'ASC NULLS FIRST'}`);
  return plain(`SELECT * FROM ${q(table.name)} ORDER BY ${[...order, 'rowid'].join(', ')}`);
};
