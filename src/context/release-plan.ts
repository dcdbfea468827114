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
 * import { ReleasePlan } from '../src/index.js';
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

export class ReleasePlan {
  readonly #pending = new Map<string, Set<string>>();
  readonly #reasons = new Map<string, RetentionReason>();
  readonly #released = new Set<string>();
  readonly #finished = new Set<string>();
  readonly #nodes: Set<string>;
  readonly #dependsOn: Map<string, readonly string[]>;

  constructor(nodes: readonly ReleasePlanNode[], options: { keep?: boolean } = {}) {
    this.#nodes = new Set(nodes.map((n) => n.name));
    this.#dependsOn = new Map(nodes.map((n) => [n.name, n.dependsOn]));
    for (const node of nodes) {
      for (const dependency of node.dependsOn) {
        if (!this.#pending.has(dependency)) this.#pending.set(dependency, new Set());
        this.#pending.get(dependency)!.add(node.name);
      }
    }
    for (const node of nodes) {
      const reason: RetentionReason = options.keep ? 'keep' : node.cache ? 'cache' : this.#pending.has(node.name) ? 'intermediate' : 'output';
      this.#reasons.set(node.name, reason);
    }
    for (const name of this.#pending.keys()) if (!this.#reasons.has(name)) this.#reasons.set(name, options.keep ? 'keep' : 'intermediate');
  }

  /**
   * Records that `node` finished (whatever its status) and returns the tables
   * that can be released now, each exactly once over the plan's life.
   */
  finished(node: string): string[] {
    this.#finished.add(node);
    const released: string[] = this.#releasable(node) ? [node] : [];
    for (const table of this.#dependsOn.get(node) ?? []) {
      if (this.#pending.get(table)?.delete(node) && this.#releasable(table)) released.push(table);
    }
    return released;
  }

  /** Why `table` is kept or released (`intermediate` = released after its last consumer). */
  reason(table: string): RetentionReason | undefined {
    return this.#reasons.get(table);
  }

  /** Nodes that still need `table`. */
  pendingConsumers(table: string): string[] {
    return [...(this.#pending.get(table) ?? [])];
  }

  /** Tables the plan will never release. */
  retained(): string[] {
    return [...this.#reasons].filter(([, reason]) => reason !== 'intermediate').map(([table]) => table);
  }

  #releasable(table: string): boolean {
    if (this.#released.has(table) || this.#reasons.get(table) !== 'intermediate') return false;
    if ((this.#pending.get(table)?.size ?? 0) > 0) return false;
    if (this.#nodes.has(table) && !this.#finished.has(table)) return false;
    this.#released.add(table);
    return true;
  }
}
