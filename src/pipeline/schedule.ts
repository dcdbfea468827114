/**
 * The one scheduling loop, for the nodes of a pipeline and for the
 * pipelines of a project alike. It starts ready units (every dependency
 * succeeded), lowest layer first and then in topological order, while a
 * slot is free and the strategy's {@link DispatchRule} allows it, waits for
 * any running unit to end, and repeats. A unit whose dependency failed or
 * was skipped is skipped at once, transitively, with the reason the caller
 * gives (`blocked`); independent units carry on. With `failFast`, the first
 * failure stops new starts and skips everything still waiting.
 *
 * @example
 * ```ts
 * import { dispatchRule, DependencyGraph } from 'odibi-ts';
 * import { schedule } from 'odibi-ts/dist/src/pipeline/schedule.js';
 * const graph = DependencyGraph.fromNodes([{ name: 'a', dependsOn: [] }, { name: 'b', dependsOn: [] }, { name: 'c', dependsOn: ['b'] }]);
 * await schedule({
 *   graph, maxConcurrency: 2, rule: dispatchRule('dynamic'),
 *   run: async (n) => n !== 'b',
 *   blocked: (n, upstream, upstreamSkip) => upstreamSkip ?? { reason: 'upstream_failed', rootCause: upstream, message: `upstream node "${upstream}" failed` },
 *   skip: (n, info) => console.log('skipped', n, info.message), // skipped c upstream node "b" failed
 * });
 * ```
 */
import type { DependencyGraph } from '../graph/dependency-graph.js';
import { MinIndexHeap } from '../graph/min-index-heap.js';
import type { SkipInfo } from '../results/types.js';
import type { DispatchRule, SchedulerView } from './dispatch-rule.js';

export interface ScheduleInput {
  /** The units and their dependencies: a pipeline's nodes, or a project's pipelines. */
  graph: DependencyGraph;
  /** The units to run (default: all); a dependency outside them counts as succeeded. */
  units?: ReadonlySet<string>;
  maxConcurrency: number;
  rule: DispatchRule;
  /** The first failure stops new starts (on_error: fail_fast). */
  failFast?: boolean;
  /** Runs a unit; resolves true on success (a rejection counts as a failure). */
  run(name: string): Promise<boolean>;
  /** Why `name` will not run, now that its dependency `upstream` failed (`upstreamSkip` undefined) or was skipped with `upstreamSkip`. */
  blocked(name: string, upstream: string, upstreamSkip: SkipInfo | undefined): SkipInfo;
  /** Records a unit that will not run. */
  skip(name: string, info: SkipInfo): void;
  /** Stops new starts and skips what waits (reason `cancelled`). */
  signal?: AbortSignal;
}

export async function schedule(input: ScheduleInput): Promise<void> {
  await new SchedulerLoop(input).run();
}

/**
 * Ready units wait in a heap of ranks (lowest layer first, then topological
 * order). Every built-in rule that refuses a unit also refuses every unit
 * ranked after it, so a dispatch stops at the first refusal and a whole run
 * stays O(n log n) in the number of units.
 */
class SchedulerLoop {
  readonly #in: ScheduleInput;
  /** The run's units in topological order, and by rank. */
  readonly #order: readonly string[];
  readonly #byRank: string[];
  readonly #rank = new Map<string, number>();
  /** Units not yet started or skipped -> how many of their dependencies have not succeeded yet. */
  readonly #waiting = new Map<string, number>();
  readonly #skipped = new Map<string, SkipInfo>();
  readonly #unfinishedInLayer: number[] = [];
  readonly #ready: MinIndexHeap;
  readonly #view: SchedulerView;
  #running = 0;
  #lowestLayer = 0;
  #wake: (() => void) | undefined;
  #stopped: SkipInfo | undefined;
  #firstFailure: string | undefined;

  constructor(input: ScheduleInput) {
    this.#in = input;
    const { graph, units } = input;
    const order = (this.#order = units ? graph.order().filter((n) => units.has(n)) : graph.order());
    for (const name of order) this.#waiting.set(name, 0);
    for (const name of order) {
      const layer = graph.layerOf(name);
      this.#unfinishedInLayer[layer] = (this.#unfinishedInLayer[layer] ?? 0) + 1;
      for (const dep of graph.dependenciesOf(name)) if (this.#waiting.has(dep)) this.#waiting.set(name, this.#waiting.get(name)! + 1);
    }
    this.#byRank = rankByLayer(order, (n) => graph.layerOf(n), this.#unfinishedInLayer);
    this.#byRank.forEach((name, rank) => this.#rank.set(name, rank));
    this.#ready = new MinIndexHeap(order.length);
    for (const [name, left] of this.#waiting) if (left === 0) this.#ready.push(this.#rank.get(name)!);
    const loop = this;
    this.#view = { get running() { return loop.#running; }, get currentLayer() { return loop.#currentLayer(); }, layerOf: (name) => graph.layerOf(name) };
  }

  async run(): Promise<void> {
    for (;;) {
      this.#checkStops();
      this.#dispatch();
      if (this.#running === 0) break;
      await new Promise<void>((resolve) => (this.#wake = resolve));
    }
    for (const name of this.#order) {
      if (this.#waiting.has(name)) this.#skip(name, this.#stopped ?? { reason: 'cancelled', message: 'the run ended before this node could start' });
    }
  }

  #checkStops(): void {
    if (this.#stopped) return;
    if (this.#in.signal?.aborted) this.#stopped = { reason: 'cancelled', message: 'the run was cancelled' };
    else if (this.#in.failFast && this.#firstFailure !== undefined) {
      this.#stopped = { reason: 'fail_fast', rootCause: this.#firstFailure, message: `on_error is fail_fast and node "${this.#firstFailure}" failed` };
    }
    if (this.#stopped) for (const name of this.#order) if (this.#waiting.has(name)) this.#skip(name, this.#stopped);
  }

  /** Starts ready units by rank while a slot is free and the rule allows; stops at the first refusal. */
  #dispatch(): void {
    if (this.#stopped) return;
    while (this.#running < this.#in.maxConcurrency) {
      const rank = this.#ready.peek();
      if (rank === undefined) return;
      const name = this.#byRank[rank]!;
      if (!this.#waiting.has(name)) {
        this.#ready.pop();
        continue;
      }
      if (!this.#in.rule(name, this.#view)) return;
      this.#ready.pop();
      this.#start(name);
    }
  }

  #start(name: string): void {
    this.#waiting.delete(name);
    this.#running++;
    let running: Promise<boolean>;
    try {
      running = this.#in.run(name);
    } catch {
      running = Promise.resolve(false);
    }
    void running
      .catch(() => false)
      .then((ok) => {
        this.#running--;
        this.#ended(name, ok);
        const wake = this.#wake;
        this.#wake = undefined;
        wake?.();
      });
  }

  /**
   * A unit ended (ran, or was skipped): its dependents become ready, or are
   * skipped in turn, depth first. Iterative: a long chain of skipped units
   * would overflow the call stack by recursion.
   */
  #ended(name: string, succeeded: boolean): void {
    if (!succeeded && !this.#skipped.has(name)) this.#firstFailure ??= name;
    const { graph } = this.#in;
    this.#unfinishedInLayer[graph.layerOf(name)]! -= 1;
    const stack = [{ name, succeeded, children: graph.dependentsOf(name), next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const child = top.children[top.next++];
      if (child === undefined) {
        stack.pop();
        continue;
      }
      const left = this.#waiting.get(child);
      if (left === undefined) continue; // outside the run, or already started or skipped
      if (top.succeeded) {
        this.#waiting.set(child, left - 1);
        if (left === 1) this.#ready.push(this.#rank.get(child)!);
        continue;
      }
      this.#record(child, this.#in.blocked(child, top.name, this.#skipped.get(top.name)));
      this.#unfinishedInLayer[graph.layerOf(child)]! -= 1;
      stack.push({ name: child, succeeded: false, children: graph.dependentsOf(child), next: 0 });
    }
  }

  #skip(name: string, info: SkipInfo): void {
    this.#record(name, info);
    this.#ended(name, false);
  }

  #record(name: string, info: SkipInfo): void {
    this.#waiting.delete(name);
    this.#skipped.set(name, info);
    this.#in.skip(name, info);
  }

  /** The lowest layer with a unit not yet ended; it only ever moves up. */
  #currentLayer(): number {
    while (this.#lowestLayer < this.#unfinishedInLayer.length && !this.#unfinishedInLayer[this.#lowestLayer]) this.#lowestLayer++;
    return this.#lowestLayer < this.#unfinishedInLayer.length ? this.#lowestLayer : Infinity;
  }
}

/** `order` sorted by layer, topological order kept inside each layer (a counting sort: stable, linear). */
function rankByLayer(order: readonly string[], layerOf: (name: string) => number, perLayer: readonly number[]): string[] {
  const next: number[] = [];
  for (let layer = 0, at = 0; layer < perLayer.length; layer++) {
    next[layer] = at;
    at += perLayer[layer] ?? 0;
  }
  const byRank: string[] = new Array(order.length);
  for (const name of order) byRank[next[layerOf(name)]!++] = name;
  return byRank;
}
