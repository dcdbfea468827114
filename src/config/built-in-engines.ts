/**
 * The engines every project may name without registering anything. The
 * loaders accept these when they are not told the names of an engine
 * registry (the CLI and PipelineManager pass the registry's names).
 *
 * @example
 * ```ts
 * import { BUILT_IN_ENGINES } from 'odibi-ts/dist/src/config/built-in-engines.js';
 * BUILT_IN_ENGINES; // ['arquero', 'duckdb']
 * ```
 */
export const BUILT_IN_ENGINES = ['arquero', 'duckdb'] as const;
