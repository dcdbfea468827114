/**
 * Arquero implementation of `impute`: fixed values are passed as params
 * (never as code), aggregate expressions go to Arquero's impute.
 */
import type { ImputeParams } from '../../../operations/impute.js';
import type { ArqueroOp } from './arquero-op.js';

export const impute: ArqueroOp<ImputeParams> = (table, p) => {
  const fixed = Object.entries(p.values ?? {});
  const params: Record<string, unknown> = {};
  const exprs: Record<string, string> = { ...(p.expressions ?? {}) };
  fixed.forEach(([column, value], i) => {
    params[`fill${i}`] = value;
    exprs[column] = `(d, $) => $.fill${i}`;
  });
  return table.params(params).impute(exprs);
};
