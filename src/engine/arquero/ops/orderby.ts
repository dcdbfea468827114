/** Arquero implementation of `orderby` (the result is materialised in the new order). */
import * as aq from 'arquero';
import { sortKeys, type OrderbyParams } from '../../../operations/orderby.js';
import type { ArqueroOp } from './arquero-op.js';

export const orderby: ArqueroOp<OrderbyParams> = (table, p) =>
  table.orderby(...sortKeys(p).map((k) => (k.desc ? aq.desc(k.column) : k.column))).reify();
