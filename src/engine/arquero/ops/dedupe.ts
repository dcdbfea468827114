/** Arquero implementation of `dedupe`: the first row of each key is kept. */
import type { DedupeParams } from '../../../operations/dedupe.js';
import type { ArqueroOp } from './arquero-op.js';

export const dedupe: ArqueroOp<DedupeParams> = (table, p) => (p.columns ? table.dedupe(p.columns) : table.dedupe()).reify();
