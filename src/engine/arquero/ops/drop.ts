/** Arquero implementation of `drop`. */
import * as aq from 'arquero';
import type { DropParams } from '../../../operations/drop.js';
import type { ArqueroOp } from './arquero-op.js';

export const drop: ArqueroOp<DropParams> = (table, p) => table.select(aq.not(p.columns));
