/**
 * The one scheduling loop every strategy shares. It starts ready nodes (all
 * dependencies succeeded) in topological order while a slot is free and the
 * strategy's {@link DispatchRule} allows it, waits for any running node to
 * end, and repeats. A failed node's descendants are skipped at once,
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
import type { DispatchRule } from './dispatch-rule.js';

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

class SchedulerLoop {
  readonly #in: ScheduleInput;
  readonly #state = new Map<string, State>();
  readonly #position = new Map<string, number>();
  readonly #dependents = new Map<string, string[]>();
  readonly #missing = new Map<string, number>();
  readonly #unfinishedInLayer: number[] = [];
  readonly #skipInfo = new Map<string, SkipInfo>();
  readonly #running = new Map<string, Promise<string>>();
  readonly #ready: string[] = [];
  #stopped: SkipInfo | undefined;
  #failures = 0;

  constructor(input: ScheduleInput) {
    this.#in = input;
    input.order.forEach((name, i) => {
      this.#state.set(name, 'waiting');
      this.#position.set(name, i);
      this.#dependents.set(name, []);
      const layer = input.layerOf(name);
      this.#unfinishedInLayer[layer] = (this.#unfinishedInLayer[layer] ?? 0) + 1;
    });
    for (const name of input.order) {
      const inside = input.dependsOn(name).filter((d) => this.#state.has(d));
      for (const dep of inside) this.#dependents.get(dep)!.push(name);
      this.#missing.set(name, inside.length);
      if (inside.length === 0) this.#ready.push(name);
    }
  }

  async run(): Promise<void> {
    for (;;) {
      this.#checkStops();
      this.#dispatch();
      if (this.#running.size === 0) break;
      const name = await Promise.race(this.#running.values());
      this.#running.delete(name);
    }
    for (const name of this.#in.order) {
      if (this.#state.get(name) === 'waiting') this.#skip(name, this.#stopped ?? { reason: 'cancelled', message: 'the run ended before this node could start' });
    }
  }

  #checkStops(): void {
    if (this.#stopped) return;
    if (this.#in.signal?.aborted) this.#stopped = { reason: 'cancelled', message: 'the run was cancelled' };
    const failed = this.#in.failFast && this.#failures > 0 ? this.#in.order.find((n) => this.#state.get(n) === 'failed') : undefined;
    if (!this.#stopped && this.#in.failFast && failed) {
      this.#stopped = { reason: 'fail_fast', rootCause: failed, message: `on_error is fail_fast and node "${failed}" failed` };
    }
    if (this.#stopped) {
      for (const name of this.#in.order) if (this.#state.get(name) === 'waiting') this.#skip(name, this.#stopped);
    }
  }

  /** Starts ready nodes in topological order; `#ready` is kept sorted, so a full run stays linear. */
  #dispatch(): void {
    if (this.#stopped) return;
    const view = { running: this.#running.size, currentLayer: this.#currentLayer(), layerOf: (n: string) => this.#in.layerOf(n) };
    let i = 0;
    while (i < this.#ready.length && this.#running.size < this.#in.maxConcurrency) {
      const name = this.#ready[i]!;
      if (this.#state.get(name) !== 'waiting') {
        this.#ready.splice(i, 1);
      } else if (!this.#in.rule(name, view)) {
        i++;
      } else {
        this.#ready.splice(i, 1);
        this.#start(name);
        view.running = this.#running.size;
      }
    }
  }

  /** Inserts a newly ready node at its topological position. */
  #makeReady(name: string): void {
    const at = this.#position.get(name)!;
    let lo = 0;
    let hi = this.#ready.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#position.get(this.#ready[mid]!)! < at) lo = mid + 1;
      else hi = mid;
    }
    this.#ready.splice(lo, 0, name);
  }

  #start(name: string): void {
    this.#state.set(name, 'running');
    const done = Promise.resolve()
      .then(() => this.#in.run(name))
      .catch(() => false)
      .then((ok) => {
        this.#end(name, ok ? 'success' : 'failed');
        return name;
      });
    this.#running.set(name, done);
  }

  #end(name: string, state: 'success' | 'failed' | 'skipped'): void {
    this.#state.set(name, state);
    if (state === 'failed') this.#failures++;
    this.#unfinishedInLayer[this.#in.layerOf(name)]! -= 1;
    for (const child of this.#dependents.get(name)!) {
      if (this.#state.get(child) !== 'waiting') continue;
      if (state === 'success') {
        const left = this.#missing.get(child)! - 1;
        this.#missing.set(child, left);
        if (left === 0) this.#makeReady(child);
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

  #currentLayer(): number {
    const i = this.#unfinishedInLayer.findIndex((n) => n > 0);
    return i === -1 ? Infinity : i;
  }
}
