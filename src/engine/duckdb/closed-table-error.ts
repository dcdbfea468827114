/**
 * The error for a table whose DuckDB database was closed (its engine closed
 * when the run that made it ended) and that has no Arquero copy to reload
 * from. Internal.
 */
import { OdibiError } from '../../errors.js';
import type { DuckDbTable } from './duckdb-table.js';

export function closedTableError(table: DuckDbTable): OdibiError {
  return new OdibiError('ENGINE_UNSUPPORTED', `table ${table.name} (${table.rows} rows) lived in a DuckDB database that was closed since (the engine is closed when the run that created it ends)`, {
    hint: 'pass your own DuckDbEngine (options.engine) to keep tables between runs, and close it yourself',
  });
}
