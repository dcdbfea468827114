/**
 * The read-only view of the context a node's steps see: the tables of its
 * own dependencies, by node name. Asking for any other table fails with the
 * list of what is available and the fix (add it to depends_on).
 *
 * @example
 * ```ts
 * import { dependencyTables, Context, ArqueroEngine } from '../src/index.js';
 * import * as aq from 'arquero';
 * const context = new Context(new ArqueroEngine());
 * context.register('customers', aq.table({ id: [1] }));
 * dependencyTables(['customers'], 'orders', context).names(); // ['customers']
 * ```
 */
import type { Context } from '../context/context.js';
import type { ReadonlyTables } from '../engine/engine.js';
import { OdibiError } from '../errors.js';

export function dependencyTables<T>(dependsOn: readonly string[], node: string, context: Context<T>): ReadonlyTables<T> {
  return {
    get(name: string): T {
      if (!dependsOn.includes(name)) {
        throw new OdibiError('ENGINE_UNKNOWN_TABLE', `node "${node}" cannot use table "${name}": it is not one of its dependencies (${dependsOn.join(', ') || 'none'})`, {
          node, hint: `add "${name}" to the depends_on of node "${node}"`,
        });
      }
      return context.get(name);
    },
    has: (name: string) => dependsOn.includes(name) && context.has(name),
    names: () => dependsOn.filter((name) => context.has(name)),
  };
}
