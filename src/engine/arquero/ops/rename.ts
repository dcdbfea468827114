/** Arquero implementation of `rename`. */
import type { RenameParams } from '../../../operations/rename.js';
import type { ArqueroOp } from './arquero-op.js';

export const rename: ArqueroOp<RenameParams> = (table, p) => table.rename(p.columns);
