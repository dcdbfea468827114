/**
 * The engines, by name: a {@link Registry} of factories. `arquero` (the
 * default) and `duckdb` are built in; another engine registers a factory
 * with `registerEngine` (in the default registry), or in a registry of its
 * own that a Pipeline or PipelineManager is given (`engineRegistry`).
 *
 * @example
 * ```ts
 * import { ArqueroEngine } from 'odibi-ts';
 * import { createEngine } from 'odibi-ts/dist/src/engine/engine-registry.js';
 * import { engineNames, newEngineRegistry } from 'odibi-ts/dist/src/engine/engine-registry.js';
 * engineNames(); // ['arquero', 'duckdb']
 * const engine = createEngine(); // an ArqueroEngine
 * const mine = newEngineRegistry().register('quiet', () => new ArqueroEngine());
 * engineNames(mine); // ['arquero', 'duckdb', 'quiet']
 * createEngine('quiet', mine).name; // 'arquero'
 * ```
 */
import { OdibiError } from '../errors.js';
import { Registry } from '../registry.js';
import { closestMatch } from '../text/closest-match.js';
import { ArqueroEngine } from './arquero/arquero-engine.js';
import { DuckDbEngine } from './duckdb/duckdb-engine.js';
import type { Engine } from './engine.js';

/** Builds a fresh engine instance. */
export type EngineFactory = () => Engine<any>;

/** Engine factories by name. */
export type EngineRegistry = Registry<EngineFactory>;

/** The engine used when a project names none. */
export const DEFAULT_ENGINE = 'arquero';

/** A new registry holding the built-in engines (`arquero`, `duckdb`). */
export function newEngineRegistry(): EngineRegistry {
  return new Registry<EngineFactory>([
    ['arquero', () => new ArqueroEngine()],
    ['duckdb', () => new DuckDbEngine()],
  ]);
}

/** The default registry: what `registerEngine` adds to, and what is used when no registry is given. */
const defaultEngines = newEngineRegistry();

/** Adds (or replaces) an engine in the default registry. */
export function registerEngine(name: string, factory: EngineFactory): void {
  defaultEngines.register(name, factory);
}

/** The engine names of `registry` (default: the default registry), sorted. */
export function engineNames(registry: EngineRegistry = defaultEngines): string[] {
  return registry.names();
}

/** A new instance of the engine called `name` (default `arquero`) from `registry`; ENGINE_UNKNOWN otherwise. */
export function createEngine(name: string = DEFAULT_ENGINE, registry: EngineRegistry = defaultEngines): Engine<any> {
  const factory = registry.get(name);
  if (!factory) {
    const closest = closestMatch(name, registry.names());
    throw new OdibiError('ENGINE_UNKNOWN', `engine "${name}" is not registered; registered: ${registry.names().join(', ')}`, {
      hint: closest ? `did you mean "${closest}"?` : 'use "arquero" or register the engine with registerEngine',
    });
  }
  return factory();
}
