/**
 * The read-only view of the context a node's steps see: the tables of its
 * own dependencies, by node name. Asking for any other table fails with the
 * list of what is available and the fix (add it to depends_on).
 *
 * @example
 * ```ts
 * import { Context, ArqueroEngine } from 'odibi-ts';
 * import { dependencyTables } from 'odibi-ts/dist/src/node/dependency-tables.js';
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
  return new DependencyTables(dependsOn, node, context);
}

class DependencyTables<T> implements ReadonlyTables<T> {
  constructor(
    private readonly dependsOn: readonly string[],
    private readonly node: string,
    private readonly context: Context<T>,
  ) {}

  get(name: string): T {
    if (!this.dependsOn.includes(name)) {
      const { node, dependsOn } = this;
      throw new OdibiError('ENGINE_UNKNOWN_TABLE', `node "${node}" cannot use table "${name}": it is not one of its dependencies (${dependsOn.join(', ') || 'none'})`, {
        node, hint: `add "${name}" to the depends_on of node "${node}"`,
      });
    }
    return this.context.get(name);
  }

  has(name: string): boolean {
    return this.dependsOn.includes(name) && this.context.has(name);
  }

  names(): string[] {
    return this.dependsOn.filter((name) => this.context.has(name));
  }
}
