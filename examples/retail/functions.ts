// Transform functions of the retail example. Every exported function is
// registered under its name and can be used as a step: `- function: addOrderSize`.
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { FunctionContext } from '../../src/index.js';

/**
 * Labels each order `small`, `medium` or `large` by its amount.
 * Params: `medium_from` and `large_from` (amounts, inclusive).
 */
export function addOrderSize(table: ColumnTable, params: Record<string, unknown>, _ctx: FunctionContext): ColumnTable {
  const medium = Number(params.medium_from ?? 25);
  const large = Number(params.large_from ?? 100);
  return table.derive({
    order_size: aq.escape((d: { amount: number }) => (d.amount >= large ? 'large' : d.amount >= medium ? 'medium' : 'small')),
  });
}
