/** Arquero implementation of `join` (inner, left, right, full). */
import { joinKeys, type JoinParams } from '../../../operations/join.js';
import { unknownColumnError } from '../../unknown-column-error.js';
import type { ArqueroOp } from './arquero-op.js';

export const join: ArqueroOp<JoinParams> = (table, p, ctx) => {
  const other = ctx.tables.get(p.with);
  const keys = joinKeys(p);
  for (const [, right] of keys) {
    if (!other.columnNames().includes(right)) throw unknownColumnError(right, other.columnNames(), `table "${p.with}"`);
  }
  const on: [string[], string[]] = [keys.map(([l]) => l), keys.map(([, r]) => r)];
  // Copied into a plain string[]: tslab's TypeScript 5.0 infers zod's tuple as [string?, string?, ...unknown[]].
  const options = p.suffix ? { suffix: [String(p.suffix[0]), String(p.suffix[1])] } : {};
  switch (p.how ?? 'inner') {
    case 'left':
      return table.join_left(other, on, undefined, options);
    case 'right':
      return table.join_right(other, on, undefined, options);
    case 'full':
      return table.join_full(other, on, undefined, options);
    default:
      return table.join(other, on, undefined, options);
  }
};
