/** Arquero implementation of `filter`. */
import type { FilterParams } from '../../../operations/filter.js';
import type { ArqueroOp } from './arquero-op.js';

export const filter: ArqueroOp<FilterParams> = (table, p) => table.params(p.vars ?? {}).filter(p.expr).reify();
