/** Arquero implementation of `unpivot` (Arquero's fold). */
import type { UnpivotParams } from '../../../operations/unpivot.js';
import type { ArqueroOp } from './arquero-op.js';

export const unpivot: ArqueroOp<UnpivotParams> = (table, p) =>
  table.fold(p.columns, { as: [p.key_name ?? 'key', p.value_name ?? 'value'] });
