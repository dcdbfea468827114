/**
 * Options of the DuckDB engine, and what it tells `onOperation` about each
 * operation step: whether it ran as SQL inside DuckDB or on an Arquero copy
 * (the memory cliff), and why.
 *
 * @example
 * ```ts
 * import { DuckDbEngine, type OperationRun } from 'odibi-ts';
 * const runs: OperationRun[] = [];
 * const engine = new DuckDbEngine({ memoryLimit: '512MB', onOperation: (run) => runs.push(run) });
 * await engine.close();
 * ```
 */
/** Options of the DuckDB engine. */
export interface DuckDbEngineOptions {
  /** DuckDB's memory limit, e.g. '512MB'; beyond it DuckDB spills to disk. */
  memoryLimit?: string;
  /** Where DuckDB spills; default a folder under the OS temp folder, made only when needed and removed by `close`. */
  tempDirectory?: string;
  /** Tables up to this many rows keep an Arquero copy (sync `toArquero`). Default 10 000. */
  eagerRows?: number;
  /** Told how each operation step ran: as SQL inside DuckDB, or on an Arquero copy (the memory cliff). */
  onOperation?: (event: OperationRun) => void;
}

/** How one operation step ran on the DuckDB engine. */
export interface OperationRun {
  node: string;
  step: number;
  operation: string;
  ranAs: 'sql' | 'arquero';
  /** The SELECT that ran, when `ranAs` is 'sql'. */
  sql?: string;
  /** Why the step ran on Arquero, when `ranAs` is 'arquero'. */
  reason?: string;
}
