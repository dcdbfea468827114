/** Arquero implementation of `derive`. */
import type { DeriveParams } from '../../../operations/derive.js';
import type { ArqueroOp } from './arquero-op.js';

export const derive: ArqueroOp<DeriveParams> = (table, p) => table.params(p.vars ?? {}).derive(p.columns);
