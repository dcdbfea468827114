/** Arquero implementation of `aggregate`: groupby + rollup. */
import type { AggregateParams } from '../../../operations/aggregate.js';
import type { ArqueroOp } from './arquero-op.js';

export const aggregate: ArqueroOp<AggregateParams> = (table, p) => {
  const input = table.params(p.vars ?? {});
  const grouped = p.group_by ? input.groupby(p.group_by) : input;
  return grouped.rollup(p.aggregates).ungroup();
};
