/**
 * Releases intermediate tables during a run: a table leaves the context
 * once every node that needs it has ended (succeeded, failed or skipped).
 * Kept: tables of nodes with `cache: true`, outputs of the pipeline (nodes
 * nobody depends on), and everything when the run keeps tables.
 *
 * @example
 * ```ts
 * import { tableReleaser, Context, ArqueroEngine } from '../src/index.js';
 * import * as aq from 'arquero';
 * const context = new Context(new ArqueroEngine());
 * context.register('raw', aq.table({ x: [1] }));
 * const release = tableReleaser([{ name: 'raw', dependsOn: [], cache: false }, { name: 'clean', dependsOn: ['raw'], cache: false }], context, false);
 * release.finished('clean'); // ['raw']: released
 * ```
 */
import type { Context } from '../context/context.js';

export interface TableReleaser {
  /** Call when a node ended; returns the tables released. */
  finished(node: string): string[];
  /** Nodes that are not part of this run count as ended. */
  outside(nodes: readonly string[]): void;
}

export function tableReleaser<T>(nodes: readonly { name: string; dependsOn: readonly string[]; cache: boolean }[], context: Context<T>, keep: boolean): TableReleaser {
  const waiting = new Map<string, Set<string>>(nodes.map((n) => [n.name, new Set<string>()]));
  for (const n of nodes) for (const dep of n.dependsOn) waiting.get(dep)?.add(n.name);
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const kept = new Set(nodes.filter((n) => keep || n.cache || waiting.get(n.name)!.size === 0).map((n) => n.name));
  const finished = (node: string): string[] => {
    const released: string[] = [];
    const release = (name: string): void => void (context.remove(name) && released.push(name));
    // Its consumers may all have ended already (skipped while it ran).
    if (!kept.has(node) && waiting.get(node)?.size === 0) release(node);
    for (const dep of byName.get(node)?.dependsOn ?? []) {
      const left = waiting.get(dep);
      if (left && left.delete(node) && left.size === 0 && !kept.has(dep)) release(dep);
    }
    return released;
  };
  return { finished, outside: (names) => void names.forEach(finished) };
}
