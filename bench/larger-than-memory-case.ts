/**
 * One case of the larger-than-memory benchmark (an implementation at a
 * size), what it reports, and the check that two cases computed the same
 * revenue.
 */
import type { LargerData } from './generate/larger-data.js';

export type Implementation = 'duckdb' | 'duckdb-sql' | 'direct' | 'arquero' | 'pandas';

export const LABELS: Record<Implementation, string> = {
  duckdb: 'odibi-ts, duckdb engine',
  'duckdb-sql': 'odibi-ts, duckdb engine, SQL steps',
  direct: 'DuckDB directly (no library)',
  arquero: 'odibi-ts, arquero engine',
  pandas: 'pandas',
};

export interface CaseResult {
  engine: string;
  /** pandas only: the format it wrote (parquet needs pyarrow). */
  format?: string;
  readS: number;
  stepsS: number;
  writeS: number;
  totalS: number;
  rowsAfterFilter: number;
  startRssMB: number;
  peakRssMB: number;
  /** duckdb engine: operations that ran on an Arquero copy (the memory cliff), with the reason. */
  onArquero?: string[];
  result: { region: string; orders: number; revenue: number }[];
}

export interface Case {
  rows: number;
  impl: Implementation;
  data: LargerData;
  result?: CaseResult;
  error?: string;
}

/** The same regions in the same order, equal order counts, revenue within 1e-9 relative. */
export function sameRevenue(a: CaseResult, b: CaseResult | undefined): boolean {
  if (!b || a.result.length !== b.result.length || a.result.length === 0) return false;
  return a.result.every((row, i) => {
    const other = b.result[i]!;
    const scale = Math.max(1, Math.abs(row.revenue), Math.abs(other.revenue));
    return row.region === other.region && Number(row.orders) === Number(other.orders) && Math.abs(row.revenue - other.revenue) <= 1e-9 * scale;
  });
}

/** The case of `impl` at `rows`, if it ran. */
export function findCase(cases: Case[], rows: number, impl: Implementation): Case | undefined {
  return cases.find((c) => c.rows === rows && c.impl === impl);
}

/** Seconds for a table cell: 2 decimals below 10 s. */
export function seconds(value: number): string {
  return value.toFixed(value < 10 ? 2 : 1);
}

/** The orders CSV's size in MB. */
export function csvMb(data: LargerData): string {
  const mb = data.ordersBytes / 2 ** 20;
  return mb.toFixed(mb < 10 ? 1 : 0);
}
