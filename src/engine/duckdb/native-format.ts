/**
 * Whether the DuckDB engine reads or writes a file itself: csv, json and
 * parquet on a connection with local files, without format options (those
 * are Arquero's; such files go through Arquero). Arrow always goes through
 * Arquero: DuckDB's arrow extension would need a download. Internal.
 */
import type { Format } from '../../config/types.js';
import type { Connection } from '../../connections/connection.js';

/** The DuckDB reader function for each native format. */
export const NATIVE_READERS: Partial<Record<Format, string>> = { csv: 'read_csv_auto', json: 'read_json_auto', parquet: 'read_parquet' };

/** COPY options for each native format. */
export const NATIVE_WRITERS: Partial<Record<Format, string>> = { csv: 'FORMAT csv, HEADER true', json: 'FORMAT json, ARRAY true', parquet: 'FORMAT parquet' };

export function nativeFormat(format: Format, connection: Connection, options: Record<string, unknown> | undefined): boolean {
  return Boolean(NATIVE_READERS[format]) && typeof connection.localPath === 'function' && !connection.getTable && Object.keys(options ?? {}).length === 0;
}
