/**
 * Releases intermediate tables during a run: a table leaves the context
 * once every node that needs it has ended (succeeded, failed or skipped).
 * Kept: tables of nodes with `cache: true`, outputs of the pipeline (nodes
 * nobody depends on), and everything when the run keeps tables. With a
 * `collection`, once the released tables add up to its size (and to the
 * live tables) the garbage collector runs, so their memory is free before
 * the next node allocates (V8 would otherwise wait for the heap to grow by
 * several tables).
 *
 * @example
 * ```ts
 * import { Context, ArqueroEngine } from 'odibi-ts';
 * import { tableReleaser } from 'odibi-ts/dist/src/pipeline/table-releaser.js';
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

/**
 * Collect garbage once the tables released since the last collection add
 * up to `afterBytes` and to the tables still live (engine estimates). A
 * full collection costs in proportion to what is live, so waiting for as
 * much garbage keeps its cost a fixed share of the run.
 */
export interface ReleaseCollection {
  afterBytes: number;
  collect: () => void;
}

export function tableReleaser<T>(nodes: readonly ReleasePlanNode[], context: Context<T>, keep: boolean, collection?: ReleaseCollection): TableReleaser {
  const plan = new ReleasePlan(nodes, { keep });
  if (keep) collection = undefined; // nothing is released: nothing to collect early
  let uncollected = 0;
  const finished = (node: string): string[] => {
    const released: string[] = [];
    for (const table of plan.finished(node)) {
      if (!context.has(table)) continue;
      uncollected += context.stats(table).bytes;
      context.remove(table);
      released.push(table);
    }
    if (collection && uncollected >= Math.max(collection.afterBytes, context.totals().bytes)) {
      uncollected = 0;
      collection.collect();
    }
    return released;
  };
  return { finished, outside: (names) => void names.forEach(finished) };
}
