/**
 * Runs `work` on a DuckDB connection that `signal` interrupts: when the
 * node's attempt is ended (its timeout, or the run cancelled), the query
 * running on the connection stops at once instead of running on to its end
 * and keeping the process alive. Internal.
 *
 * @example
 * ```ts
 * // not run: needs a DuckDB connection
 * import { interruptOnAbort } from 'odibi-ts/dist/src/engine/duckdb/interrupt-on-abort.js';
 * await interruptOnAbort(connection, ctx.signal, () => connection.run('SELECT ...'));
 * ```
 */
import type { DuckDBConnection } from '@duckdb/node-api';

export async function interruptOnAbort<R>(connection: DuckDBConnection, signal: AbortSignal | undefined, work: () => Promise<R>): Promise<R> {
  if (!signal) return work();
  signal.throwIfAborted();
  const stop = (): void => connection.interrupt();
  signal.addEventListener('abort', stop, { once: true });
  try {
    return await work();
  } finally {
    signal.removeEventListener('abort', stop);
  }
}
