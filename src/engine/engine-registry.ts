/**
 * The registry of engines, by name. `arquero` (the default) and `duckdb`
 * are built in; another engine registers a factory here.
 *
 * @example
 * ```ts
 * import { createEngine, engineNames } from 'odibi-ts';
 * engineNames(); // ['arquero', 'duckdb']
 * const engine = createEngine(); // an ArqueroEngine
 * ```
 */
import { OdibiError } from '../errors.js';
import { closestMatch } from '../text/closest-match.js';
import { ArqueroEngine } from './arquero/arquero-engine.js';
import { DuckDbEngine } from './duckdb/duckdb-engine.js';
import type { Engine } from './engine.js';

/** Builds a fresh engine instance. */
export type EngineFactory = () => Engine<any>;

/** The engine used when a project names none. */
export const DEFAULT_ENGINE = 'arquero';

const factories = new Map<string, EngineFactory>([
  ['arquero', () => new ArqueroEngine()],
  ['duckdb', () => new DuckDbEngine()],
]);

/** Adds (or replaces) an engine. */
export function registerEngine(name: string, factory: EngineFactory): void {
  factories.set(name, factory);
}

/** The registered engine names, sorted. */
export function engineNames(): string[] {
  return [...factories.keys()].sort();
}

/** A new instance of the engine called `name` (default `arquero`); ENGINE_UNKNOWN otherwise. */
export function createEngine(name: string = DEFAULT_ENGINE): Engine<any> {
  const factory = factories.get(name);
  if (!factory) {
    const closest = closestMatch(name, factories.keys());
    throw new OdibiError('ENGINE_UNKNOWN', `engine "${name}" is not registered; registered: ${engineNames().join(', ')}`, {
      hint: closest ? `did you mean "${closest}"?` : 'use "arquero" or register the engine with registerEngine',
    });
  }
  return factory();
}
