/**
 * What each benchmark returns: tables, targets (met or not, with the
 * explanation and next step of a miss) and notes. `run.ts` prints these and
 * renders them into RESULTS.md.
 */

export type BenchSize = 'tiny' | 'full';

export interface BenchOptions {
  size: BenchSize;
  /** Where generated data goes (ignored by git). */
  dataDir: string;
  /** Progress lines (stderr); silent in tests. */
  log: (line: string) => void;
}

export interface BenchTable {
  caption?: string;
  headers: string[];
  rows: string[][];
}

export interface Target {
  name: string;
  /** What was measured, e.g. `6.3x`. */
  measured: string;
  /** true = met, false = missed, null = not measured in this run. */
  met: boolean | null;
  /** Why it was missed or not measured. */
  explanation?: string;
  /** What would close the gap. */
  next?: string;
}

export interface BenchReport {
  id: string;
  title: string;
  /** What was run and how it was measured. */
  method: string;
  tables: BenchTable[];
  targets: Target[];
  notes: string[];
  /** When it ran and the 1-minute load average then (set by run.ts). */
  ranAt?: string;
  load?: number;
  /** A section kept verbatim from an earlier RESULTS.md (see kept-sections.ts): rendered as it is. */
  markdown?: string;
}

/** A benchmark: one module per benchmark exports one of these. */
export type Benchmark = (options: BenchOptions) => Promise<BenchReport>;
