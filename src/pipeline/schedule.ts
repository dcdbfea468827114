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
 * import { dispatchRule } from 'odibi-ts';
 * import { schedule } from 'odibi-ts/dist/src/pipeline/schedule.js';
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

const WAITING = 0;
const RUNNING = 1;
const SUCCESS = 2;
const FAILED = 3;
const SKIPPED = 4;
type Ended = typeof SUCCESS | typeof FAILED | typeof SKIPPED;

export async function schedule(input: ScheduleInput): Promise<void> {
  const loop = new SchedulerLoop(input);
  await loop.run();
}

/**
 * Nodes are integers (their position in `order`) and every per-node record
 * is a typed array. Ready nodes wait in a heap by rank: lowest layer first,
 * then topological order. Every built-in rule that refuses a node also
 * refuses every node ranked after it, so a dispatch stops at the first
 * refusal and a whole run stays O(n log n) in the number of nodes.
 */
class SchedulerLoop {
  readonly #in: ScheduleInput;
  readonly #names: readonly string[];
  readonly #layer: Int32Array;
  readonly #state: Uint8Array;
  readonly #missing: Int32Array;
  readonly #rank: Int32Array;
  readonly #byRank: Int32Array;
  readonly #childStart: Int32Array;
  readonly #children: Int32Array;
  readonly #unfinishedInLayer: Int32Array;
  readonly #skipInfo = new Map<number, SkipInfo>();
  readonly #ready: MinIndexHeap;
  readonly #view: SchedulerView;
  #running = 0;
  #lowestLayer = 0;
  #wake: (() => void) | undefined;
  #stopped: SkipInfo | undefined;
  #failed: string | undefined;

  constructor(input: ScheduleInput) {
    this.#in = input;
    const names = (this.#names = input.order);
    const n = names.length;
    const index = new Map<string, number>();
    for (let i = 0; i < n; i++) index.set(names[i]!, i);
    this.#layer = new Int32Array(n);
    let layers = 0;
    for (let i = 0; i < n; i++) layers = Math.max(layers, (this.#layer[i] = input.layerOf(names[i]!)) + 1);
    this.#unfinishedInLayer = new Int32Array(layers);
    for (let i = 0; i < n; i++) this.#unfinishedInLayer[this.#layer[i]!]! += 1;
    // rank: by layer, then by position (a counting sort: stable, linear)
    const next = new Int32Array(layers);
    for (let l = 1; l < layers; l++) next[l] = next[l - 1]! + this.#unfinishedInLayer[l - 1]!;
    this.#rank = new Int32Array(n);
    this.#byRank = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const rank = next[this.#layer[i]!]!++;
      this.#rank[i] = rank;
      this.#byRank[rank] = i;
    }
    this.#state = new Uint8Array(n);
    this.#missing = new Int32Array(n);
    const deps: number[][] = new Array(n);
    this.#childStart = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const list: number[] = [];
      for (const dep of input.dependsOn(names[i]!)) {
        const j = index.get(dep);
        if (j === undefined) continue;
        list.push(j);
        this.#childStart[j + 1]! += 1;
      }
      deps[i] = list;
    }
    for (let i = 0; i < n; i++) this.#childStart[i + 1]! += this.#childStart[i]!;
    this.#children = new Int32Array(this.#childStart[n]!);
    const fill = this.#childStart.slice(0, n);
    this.#ready = new MinIndexHeap(n);
    for (let i = 0; i < n; i++) {
      const list = deps[i]!;
      for (const j of list) this.#children[fill[j]!++] = i;
      this.#missing[i] = list.length;
      if (list.length === 0) this.#ready.push(this.#rank[i]!);
    }
    const loop = this;
    this.#view = { get running() { return loop.#running; }, get currentLayer() { return loop.#currentLayer(); }, layerOf: (name) => input.layerOf(name) };
  }

  async run(): Promise<void> {
    for (;;) {
      this.#checkStops();
      this.#dispatch();
      if (this.#running === 0) break;
      await new Promise<void>((resolve) => (this.#wake = resolve));
    }
    for (let i = 0; i < this.#names.length; i++) {
      if (this.#state[i] === WAITING) this.#skip(i, this.#stopped ?? { reason: 'cancelled', message: 'the run ended before this node could start' });
    }
  }

  #checkStops(): void {
    if (this.#stopped) return;
    if (this.#in.signal?.aborted) this.#stopped = { reason: 'cancelled', message: 'the run was cancelled' };
    else if (this.#in.failFast && this.#failed !== undefined) {
      this.#stopped = { reason: 'fail_fast', rootCause: this.#failed, message: `on_error is fail_fast and node "${this.#failed}" failed` };
    }
    if (this.#stopped) {
      for (let i = 0; i < this.#names.length; i++) if (this.#state[i] === WAITING) this.#skip(i, this.#stopped);
    }
  }

  /** Starts ready nodes by rank while a slot is free and the rule allows; stops at the first refusal. */
  #dispatch(): void {
    if (this.#stopped) return;
    while (this.#running < this.#in.maxConcurrency) {
      const rank = this.#ready.peek();
      if (rank === undefined) return;
      const i = this.#byRank[rank]!;
      if (this.#state[i] !== WAITING) {
        this.#ready.pop();
        continue;
      }
      if (!this.#in.rule(this.#names[i]!, this.#view)) return;
      this.#ready.pop();
      this.#start(i);
    }
  }

  #start(i: number): void {
    this.#state[i] = RUNNING;
    this.#running++;
    let running: Promise<boolean>;
    try {
      running = this.#in.run(this.#names[i]!);
    } catch {
      running = Promise.resolve(false);
    }
    void running
      .catch(() => false)
      .then((ok) => {
        this.#running--;
        this.#end(i, ok ? SUCCESS : FAILED);
        const wake = this.#wake;
        this.#wake = undefined;
        wake?.();
      });
  }

  #end(i: number, state: Ended): void {
    this.#state[i] = state;
    if (state === FAILED) this.#failed ??= this.#names[i];
    this.#unfinishedInLayer[this.#layer[i]!]! -= 1;
    for (let e = this.#childStart[i]!; e < this.#childStart[i + 1]!; e++) {
      const child = this.#children[e]!;
      if (this.#state[child] !== WAITING) continue;
      if (state === SUCCESS) {
        if (--this.#missing[child]! === 0) this.#ready.push(this.#rank[child]!);
      } else {
        const name = this.#names[i]!;
        this.#skip(child, this.#skipInfo.get(i) ?? { reason: 'upstream_failed', rootCause: name, message: `upstream node "${name}" failed` });
      }
    }
  }

  #skip(i: number, info: SkipInfo): void {
    this.#skipInfo.set(i, info);
    this.#in.skip(this.#names[i]!, info);
    this.#end(i, SKIPPED);
  }

  /** The lowest layer with a node not yet ended; it only ever moves up. */
  #currentLayer(): number {
    while (this.#lowestLayer < this.#unfinishedInLayer.length && this.#unfinishedInLayer[this.#lowestLayer] === 0) this.#lowestLayer++;
    return this.#lowestLayer < this.#unfinishedInLayer.length ? this.#lowestLayer : Infinity;
  }
}
