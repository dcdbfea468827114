/**
 * When may a table leave the context? An intermediate table is released
 * once every node that depends on it has finished (succeeded, failed or was
 * skipped). It is kept when its node has `cache: true`, when no node
 * depends on it (an output of the pipeline), or when the run keeps every
 * table (`keep: true`, for inspection in notebooks). The runner calls
 * {@link ReleasePlan.finished} after each node and removes what it returns.
 *
 * @example
 * ```ts
 * import { ReleasePlan } from 'odibi-ts/dist/src/context/release-plan.js';
 * const plan = new ReleasePlan([
 *   { name: 'raw', dependsOn: [], cache: false },
 *   { name: 'clean', dependsOn: ['raw'], cache: false },
 *   { name: 'report', dependsOn: ['clean'], cache: false },
 * ]);
 * plan.finished('raw');    // []
 * plan.finished('clean');  // ['raw']
 * plan.finished('report'); // ['clean']  (report is an output: kept)
 * ```
 */

/** What the plan needs to know about a node. */
export interface ReleasePlanNode {
  name: string;
  dependsOn: readonly string[];
  cache: boolean;
}

/** Why a table stays or goes. */
export type RetentionReason = 'keep' | 'cache' | 'output' | 'intermediate';

/** Everything the plan knows about one table, in one place (one lookup per question). */
interface Entry {
  reason: RetentionReason;
  /** Consumers that have not finished (made on the first one: most tables of a wide graph have none). */
  pending?: Set<string>;
  /** Declared as a node of the plan (not only named as a dependency). */
  node: boolean;
  dependsOn: readonly string[];
  finished: boolean;
  released: boolean;
}

export class ReleasePlan {
  readonly #entries = new Map<string, Entry>();

  constructor(nodes: readonly ReleasePlanNode[], options: { keep?: boolean } = {}) {
    const entry = (name: string): Entry => {
      let found = this.#entries.get(name);
      if (!found) this.#entries.set(name, (found = { reason: 'intermediate', node: false, dependsOn: [], finished: false, released: false }));
      return found;
    };
    for (const node of nodes) {
      const own = entry(node.name);
      own.node = true;
      own.dependsOn = node.dependsOn;
      for (const dependency of node.dependsOn) (entry(dependency).pending ??= new Set()).add(node.name);
    }
    for (const node of nodes) {
      const own = this.#entries.get(node.name)!;
      own.reason = options.keep ? 'keep' : node.cache ? 'cache' : own.pending ? 'intermediate' : 'output';
    }
    if (options.keep) for (const own of this.#entries.values()) own.reason = 'keep';
  }

  /**
   * Records that `node` finished (whatever its status) and returns the tables
   * that can be released now, each exactly once over the plan's life.
   */
  finished(node: string): string[] {
    const own = this.#entries.get(node);
    if (!own) return [];
    own.finished = true;
    const released: string[] = this.#releasable(own) ? [node] : [];
    for (const table of own.dependsOn) {
      const entry = this.#entries.get(table)!;
      if (entry.pending?.delete(node) && this.#releasable(entry)) released.push(table);
    }
    return released;
  }

  /** Why `table` is kept or released (`intermediate` = released after its last consumer). */
  reason(table: string): RetentionReason | undefined {
    return this.#entries.get(table)?.reason;
  }

  /** Nodes that still need `table`. */
  pendingConsumers(table: string): string[] {
    return [...(this.#entries.get(table)?.pending ?? [])];
  }

  /** Tables the plan will never release. */
  retained(): string[] {
    return [...this.#entries].filter(([, entry]) => entry.reason !== 'intermediate').map(([table]) => table);
  }

  #releasable(entry: Entry): boolean {
    if (entry.released || entry.reason !== 'intermediate' || (entry.pending?.size ?? 0) > 0) return false;
    if (entry.node && !entry.finished) return false;
    entry.released = true;
    return true;
  }
}
