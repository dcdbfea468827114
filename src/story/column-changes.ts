import type { TableSchema } from '../engine/engine.js';

/**
 * Columns a node added and removed, compared with an input schema
 * (its first dependency's). Order follows the schemas.
 *
 * @example
 * ```ts
 * import { columnChanges } from 'odibi-ts/dist/src/story/column-changes.js';
 * columnChanges({ id: 'number', total: 'number' }, { id: 'number', note: 'string' });
 * // { added: ['total'], removed: ['note'] }
 * ```
 */
export function columnChanges(schema: TableSchema, input: TableSchema): { added: string[]; removed: string[] } {
  return {
    added: Object.keys(schema).filter((c) => !(c in input)),
    removed: Object.keys(input).filter((c) => !(c in schema)),
  };
}
