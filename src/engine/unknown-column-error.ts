/**
 * The error for a column a step names but the table lacks: it lists the
 * available columns and suggests the closest one.
 *
 * @example
 * ```ts
 * import { unknownColumnError } from 'odibi-ts/dist/src/engine/unknown-column-error.js';
 * unknownColumnError('amout', ['id', 'amount']).hint; // 'did you mean "amount"?'
 * ```
 */
import { OdibiError } from '../errors.js';
import { closestMatch } from '../text/closest-match.js';

export function unknownColumnError(column: string, available: string[], table = 'the input table'): OdibiError {
  const closest = closestMatch(column, available);
  return new OdibiError('ENGINE_UNKNOWN_COLUMN', `unknown column "${column}" in ${table}; available: ${available.join(', ') || '(none)'}`, {
    hint: closest ? `did you mean "${closest}"?` : 'check the column name against the previous step\'s output',
  });
}
