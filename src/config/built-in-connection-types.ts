/**
 * The connection types every project may name without registering anything:
 * a folder on disk (`local`) and the process's memory (`memory`). The
 * loaders accept these when they are not told the types of a registry; the
 * connection registry's built-in factories are keyed by this list.
 *
 * @example
 * ```ts
 * import { BUILT_IN_CONNECTION_TYPES } from 'odibi-ts/dist/src/config/built-in-connection-types.js';
 * BUILT_IN_CONNECTION_TYPES; // ['local', 'memory']
 * ```
 */
export const BUILT_IN_CONNECTION_TYPES = ['local', 'memory'] as const;

/** A built-in connection type. */
export type BuiltInConnectionType = (typeof BUILT_IN_CONNECTION_TYPES)[number];
