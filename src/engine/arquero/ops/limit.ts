/** Arquero implementation of `limit`. */
import type { LimitParams } from '../../../operations/limit.js';
import type { ArqueroOp } from './arquero-op.js';

export const limit: ArqueroOp<LimitParams> = (table, p) => {
  const start = p.offset ?? 0;
  return table.slice(start, start + p.n).reify();
};
