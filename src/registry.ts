/**
 * Things registered by name: the engines (`arquero`, `duckdb`, ...) and the
 * connection types (`local`, `memory`, ...) are each a `Registry` of
 * factories. The library keeps a default one of each, which `registerEngine`
 * and `registerConnectionType` add to; a Pipeline, a PipelineManager (options
 * `engineRegistry`, `connectionRegistry`) can be given another, so a program
 * or a test uses its own set without changing anyone else's.
 *
 * @example
 * ```ts
 * import { Registry } from 'odibi-ts/dist/src/registry.js';
 * const greetings = new Registry<() => string>([['hello', () => 'hi']]);
 * greetings.register('bye', () => 'see you');
 * greetings.names(); // ['bye', 'hello']
 * greetings.get('hello')?.(); // 'hi'
 * const mine = greetings.copy().register('hey', () => 'hey');
 * [mine.has('hey'), greetings.has('hey')]; // [true, false]
 * ```
 */
export class Registry<T> {
  readonly #entries = new Map<string, T>();

  constructor(entries: Iterable<readonly [string, T]> = []) {
    // A loop, not `new Map(entries)`: after that call the kernel's TypeScript 5.0
    // mis-types `match(...) ?? []` in other files compiled with it (src/grading/shows-cycle.ts).
    for (const [name, value] of entries) this.#entries.set(name, value);
  }

  /** Adds (or replaces) `name`; returns the registry, so calls chain. */
  register(name: string, value: T): this {
    this.#entries.set(name, value);
    return this;
  }

  /** What `name` is registered as, or undefined. */
  get(name: string): T | undefined {
    return this.#entries.get(name);
  }

  has(name: string): boolean {
    return this.#entries.has(name);
  }

  /** The registered names, sorted. */
  names(): string[] {
    return [...this.#entries.keys()].sort();
  }

  /** A new registry with the same entries; registering in one leaves the other as it is. */
  copy(): Registry<T> {
    return new Registry(this.#entries);
  }
}
