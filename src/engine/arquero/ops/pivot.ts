/** Arquero implementation of `pivot`: one column per distinct key value. */
import type { PivotParams } from '../../../operations/pivot.js';
import type { ArqueroOp } from './arquero-op.js';

export const pivot: ArqueroOp<PivotParams> = (table, p) => {
  const input = table.params(p.vars ?? {});
  const grouped = p.group_by ? input.groupby(p.group_by) : input;
  return grouped.pivot([p.key], { value: p.value }).ungroup();
};
