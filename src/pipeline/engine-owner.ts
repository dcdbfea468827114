/**
 * Who closes which engine, for a Pipeline and a PipelineManager alike: an
 * engine passed in stays the caller's and is never closed; engines made
 * here from `engine:` names (one per name) are closed when the last run
 * using them ends. A DuckDB engine then ends its database and removes its
 * scratch folder; its next run opens a new one.
 *
 * @example
 * ```ts
 * // Internal: Pipeline and PipelineManager use it.
 * import { EngineOwner } from 'odibi-ts/dist/src/pipeline/engine-owner.js';
 * const engines = new EngineOwner();
 * const engine = engines.engineFor('arquero'); // made here, so closed when the run ends
 * await engines.during(async () => engine.name);
 * ```
 */
import type { Engine } from '../engine/engine.js';
import { createEngine, type EngineRegistry } from '../engine/engine-registry.js';

export class EngineOwner<T = any> {
  readonly #given: Engine<T> | undefined;
  readonly #registry: EngineRegistry | undefined;
  readonly #made = new Map<string, Engine<T>>();
  /** Runs in progress: the made engines are closed when the last one ends. */
  #running = 0;

  /** `given`: one engine for every name, the caller's to close; else engines are made from `registry` (default: the default registry). */
  constructor(given?: Engine<T>, registry?: EngineRegistry) {
    this.#given = given;
    this.#registry = registry;
  }

  /** The given engine, else the engine made here for `name` (once). */
  engineFor(name: string): Engine<T> {
    if (this.#given) return this.#given;
    let engine = this.#made.get(name);
    if (!engine) this.#made.set(name, (engine = createEngine(name, this.#registry) as Engine<T>));
    return engine;
  }

  /** Runs `work` as one run; when no other run is in progress after it, closes the engines made here. */
  async during<R>(work: () => Promise<R>): Promise<R> {
    this.#running += 1;
    try {
      return await work();
    } finally {
      this.#running -= 1;
      if (this.#running === 0) await Promise.all([...this.#made.values()].map((engine) => engine.close?.()));
    }
  }
}
