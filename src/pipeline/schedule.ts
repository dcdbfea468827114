/**
 * The one scheduling loop every strategy shares. It starts ready nodes (all
 * dependencies succeeded), lowest layer first and then in topological
 * order, while a slot is free and the strategy's {@link DispatchRule}
 * allows it, waits for any running node to end, and repeats. A failed node's descendants are skipped at once,
 * transitively, naming the failed node as root cause; independent nodes
 * carry on. With `failFast`, the first failure stops new starts and skips
 * everything still waiting.
 *
 * @example
 * ```ts
 * import { schedule, dispatchRule } from '../src/index.js';
 * const deps: Record<string, string[]> = { a: [], b: [], c: ['a'] };
 * await schedule({
 *   order: ['a', 'b', 'c'], dependsOn: (n) => deps[n]!, layerOf: (n) => (n === 'c' ? 1 : 0),
 *   maxConcurrency: 2, rule: dispatchRule('dynamic'), failFast: false,
 *   run: async (n) => n !== 'b',
 *   skip: (n, info) => console.log('skipped', n, info.reason),
 * });
 * ```
 */
import type { SkipInfo } from '../results/types.js';
import { MinIndexHeap } from '../graph/min-index-heap.js';
import type { DispatchRule, SchedulerView } from './dispatch-rule.js';

export interface ScheduleInput {
  /** The nodes to run, in topological order. */
  order: readonly string[];
  /** Dependencies; those outside `order` count as already succeeded. */
  dependsOn(name: string): readonly string[];
  layerOf(name: string): number;
  maxConcurrency: number;
  rule: DispatchRule;
  failFast: boolean;
  /** Runs a node; resolves true on success. */
  run(name: string): Promise<boolean>;
  /** Records a node that will not run. */
  skip(name: string, info: SkipInfo): void;
  /** Stops new starts and skips what waits (reason `cancelled`). */
  signal?: AbortSignal;
}

type State = 'waiting' | 'running' | 'success' | 'failed' | 'skipped';

export async function schedule(input: ScheduleInput): Promise<void> {
  const loop = new SchedulerLoop(input);
  await loop.run();
}

/**
 * Ready nodes wait in a heap by rank: lowest layer first, then topological
 * order. Every built-in rule that refuses a node also refuses every node
 * ranked after it, so a dispatch stops at the first refusal and a whole run
 * stays O(n log n) in the number of nodes.
 */
class SchedulerLoop {
  readonly #in: ScheduleInput;
  readonly #state = new Map<string, State>();
  readonly #byRank: string[];
  readonly #rank = new Map<string, number>();
  readonly #dependents = new Map<string, string[]>();
  readonly #missing = new Map<string, number>();
  readonly #unfinishedInLayer: number[] = [];
  readonly #skipInfo = new Map<string, SkipInfo>();
  readonly #ready: MinIndexHeap;
  readonly #view: SchedulerView;
  #running = 0;
  #lowestLayer = 0;
  #wake: (() => void) | undefined;
  #stopped: SkipInfo | undefined;
  #failed: string | undefined;

  constructor(input: ScheduleInput) {
    this.#in = input;
    const layers = input.order.map((name) => input.layerOf(name));
    this.#byRank = input.order.map((_, i) => i).sort((a, b) => layers[a]! - layers[b]! || a - b).map((i) => input.order[i]!);
    this.#byRank.forEach((name, rank) => this.#rank.set(name, rank));
    this.#ready = new MinIndexHeap(input.order.length);
    for (const [i, name] of input.order.entries()) {
      this.#state.set(name, 'waiting');
      this.#dependents.set(name, []);
      this.#unfinishedInLayer[layers[i]!] = (this.#unfinishedInLayer[layers[i]!] ?? 0) + 1;
    }
    for (const name of input.order) {
      let inside = 0;
      for (const dep of input.dependsOn(name)) {
        if (!this.#state.has(dep)) continue;
        this.#dependents.get(dep)!.push(name);
        inside++;
      }
      this.#missing.set(name, inside);
      if (inside === 0) this.#ready.push(this.#rank.get(name)!);
    }
    const loop = this;
    this.#view = { get running() { return loop.#running; }, get currentLayer() { return loop.#currentLayer(); }, layerOf: (n) => input.layerOf(n) };
  }

  async run(): Promise<void> {
    for (;;) {
      this.#checkStops();
      this.#dispatch();
      if (this.#running === 0) break;
      await new Promise<void>((resolve) => (this.#wake = resolve));
    }
    for (const name of this.#in.order) {
      if (this.#state.get(name) === 'waiting') this.#skip(name, this.#stopped ?? { reason: 'cancelled', message: 'the run ended before this node could start' });
    }
  }

  #checkStops(): void {
    if (this.#stopped) return;
    if (this.#in.signal?.aborted) this.#stopped = { reason: 'cancelled', message: 'the run was cancelled' };
    else if (this.#in.failFast && this.#failed !== undefined) {
      this.#stopped = { reason: 'fail_fast', rootCause: this.#failed, message: `on_error is fail_fast and node "${this.#failed}" failed` };
    }
    if (this.#stopped) {
      for (const name of this.#in.order) if (this.#state.get(name) === 'waiting') this.#skip(name, this.#stopped);
    }
  }

  /** Starts ready nodes by rank while a slot is free and the rule allows; stops at the first refusal. */
  #dispatch(): void {
    if (this.#stopped) return;
    while (this.#running < this.#in.maxConcurrency) {
      const rank = this.#ready.peek();
      if (rank === undefined) return;
      const name = this.#byRank[rank]!;
      if (this.#state.get(name) !== 'waiting') {
        this.#ready.pop();
        continue;
      }
      if (!this.#in.rule(name, this.#view)) return;
      this.#ready.pop();
      this.#start(name);
    }
  }

  #start(name: string): void {
    this.#state.set(name, 'running');
    this.#running++;
    void Promise.resolve()
      .then(() => this.#in.run(name))
      .catch(() => false)
      .then((ok) => {
        this.#running--;
        this.#end(name, ok ? 'success' : 'failed');
        const wake = this.#wake;
        this.#wake = undefined;
        wake?.();
      });
  }

  #end(name: string, state: 'success' | 'failed' | 'skipped'): void {
    this.#state.set(name, state);
    if (state === 'failed') this.#failed ??= name;
    this.#unfinishedInLayer[this.#in.layerOf(name)]! -= 1;
    for (const child of this.#dependents.get(name)!) {
      if (this.#state.get(child) !== 'waiting') continue;
      if (state === 'success') {
        const left = this.#missing.get(child)! - 1;
        this.#missing.set(child, left);
        if (left === 0) this.#ready.push(this.#rank.get(child)!);
      } else {
        const inherited = this.#skipInfo.get(name);
        this.#skip(child, inherited ?? { reason: 'upstream_failed', rootCause: name, message: `upstream node "${name}" failed` });
      }
    }
  }

  #skip(name: string, info: SkipInfo): void {
    this.#skipInfo.set(name, info);
    this.#in.skip(name, info);
    this.#end(name, 'skipped');
  }

  /** The lowest layer with a node not yet ended; it only ever moves up. */
  #currentLayer(): number {
    while (this.#lowestLayer < this.#unfinishedInLayer.length && !(this.#unfinishedInLayer[this.#lowestLayer]! > 0)) this.#lowestLayer++;
    return this.#lowestLayer < this.#unfinishedInLayer.length ? this.#lowestLayer : Infinity;
  }
}
