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
import { ReleasePlan, type ReleasePlanNode } from '../context/release-plan.js';
import type { Context } from '../context/context.js';

export interface TableReleaser {
  /** Call when a node ended; returns the tables released. */
  finished(node: string): string[];
  /** Nodes that are not part of this run count as ended. */
  outside(nodes: readonly string[]): void;
}

export function tableReleaser<T>(nodes: readonly ReleasePlanNode[], context: Context<T>, keep: boolean): TableReleaser {
  const plan = new ReleasePlan(nodes, { keep });
  const finished = (node: string): string[] => plan.finished(node).filter((table) => context.remove(table));
  return { finished, outside: (names) => void names.forEach(finished) };
}
