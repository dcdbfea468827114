/**
 * Loads `@duckdb/node-api` (and with it DuckDB's native library) on first
 * use: the DuckDB engine when it opens its database, an SQL step under the
 * Arquero engine when it runs. Importing the library never loads it, so a
 * project that uses neither pays nothing for it. Node caches the module, so
 * later calls are immediate. Internal.
 */
export type DuckDbApi = typeof import('@duckdb/node-api');

export function importDuckDb(): Promise<DuckDbApi> {
  return import('@duckdb/node-api');
}
