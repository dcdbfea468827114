/** Arquero implementation of `select`. */
import type { SelectParams } from '../../../operations/select.js';
import type { ArqueroOp } from './arquero-op.js';

export const select: ArqueroOp<SelectParams> = (table, p) => table.select(p.columns);
