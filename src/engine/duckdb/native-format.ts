/**
 * Whether the DuckDB engine reads or writes a file itself: csv and parquet
 * on a connection with local files, without format options (those are
 * Arquero's; such files go through Arquero). CSV is read with the dialect
 * the Arquero engine reads (comma, double quotes, a header) in DuckDB's
 * strict mode, so a ragged row or an open quote fails instead of being
 * guessed around. JSON and arrow always go through Arquero: DuckDB reads a
 * truncated array, an object of column arrays or deep nesting otherwise
 * than the Arquero engine does (or crashes), and its arrow extension would
 * need a download. Internal.
 */
import type { Format } from '../../config/types.js';
import type { Connection } from '../../connections/connection.js';
import { sqlString } from './sql-string.js';

/** The DuckDB table function reading `file`, for each native format. */
export const NATIVE_READERS: Partial<Record<Format, (file: string) => string>> = {
  csv: (file) => `read_csv(${sqlString(file)}, delim = ',', quote = '"', escape = '"', header = true, strict_mode = true, null_padding = false)`,
  parquet: (file) => `read_parquet(${sqlString(file)})`,
};

/** COPY options for each native format. */
export const NATIVE_WRITERS: Partial<Record<Format, string>> = { csv: 'FORMAT csv, HEADER true', parquet: 'FORMAT parquet' };

export function nativeFormat(format: Format, connection: Connection, options: Record<string, unknown> | undefined): boolean {
  return Boolean(NATIVE_READERS[format]) && typeof connection.localPath === 'function' && !connection.getTable && Object.keys(options ?? {}).length === 0;
}
