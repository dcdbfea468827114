/**
 * The SQL-step part of the larger-than-memory benchmark, as a table and a
 * reported figure: under the Arquero engine an SQL step sends its table to an
 * in-process DuckDB and back; how much of the step is that exchange.
 */
import { count, ms } from './lib/format.js';
import type { BenchTable, Target } from './lib/report.js';

export interface ExchangeQuery {
  rowsOut: number;
  /** The Arquero engine's SQL step, end to end. */
  arqueroMs: number;
  /** Its parts: the table to a Parquet file (JavaScript), DuckDB reading it and running the query, the result to Arquero. */
  parquetOutMs: number;
  queryMs: number;
  backMs: number;
  /** The DuckDB engine's SQL step on a table it holds (the result stays in DuckDB and is described: row count, nulls, distinct values). */
  duckdbMs: number;
}

export interface ExchangeResult {
  rows: number;
  queries: Record<string, ExchangeQuery>;
}

/** Moving the table out and the result back: what only the Arquero engine pays. */
const exchangeMs = (q: ExchangeQuery): number => q.parquetOutMs + q.backMs;
/** The exchange's share of the parts (measured one by one, so their sum need not equal the step). */
const share = (q: ExchangeQuery): string => `${Math.round((exchangeMs(q) / (exchangeMs(q) + q.queryMs)) * 100)}%`;

/** One row per query. */
export function exchangeTable(result: ExchangeResult): BenchTable {
  return {
    caption: `One SQL step over ${count(result.rows)} rows (order_id, customer_id, amount, status), milliseconds. The arquero engine's step, then its parts measured one by one: "exchange" = table to Parquet + result to Arquero, as a share of the three parts; "other" = what the step took beyond its parts (a fresh DuckDB, the temporary folder), 0 when the parts measured alone took longer.`,
    headers: ['Query', 'rows out', 'arquero engine step', 'table to Parquet', 'SQL in DuckDB (from the Parquet file)', 'result to Arquero', 'exchange', 'other', 'duckdb engine step'],
    rows: Object.entries(result.queries).map(([label, q]) => [
      label, count(q.rowsOut), ms(q.arqueroMs), ms(q.parquetOutMs), ms(q.queryMs), ms(q.backMs), share(q),
      ms(Math.max(0, q.arqueroMs - exchangeMs(q) - q.queryMs)), ms(q.duckdbMs),
    ]),
  };
}

/** The exchange's share of an SQL step under the Arquero engine (reported, no target). */
export function exchangeTarget(result: ExchangeResult | undefined): Target {
  const name = 'SQL step under the arquero engine: share spent moving tables to DuckDB and back (reported, no target)';
  if (!result) return { name, measured: 'n/a', met: null, explanation: 'the exchange child did not run.' };
  const parts = Object.entries(result.queries).map(([label, q]) => `exchange ${share(q)} of the parts; step ${ms(q.arqueroMs)} ms (${label})`);
  return {
    name: name.replace(' (reported', ` at ${count(result.rows)} rows (reported`),
    measured: parts.join('; '),
    met: null,
    explanation: 'the table travels as a Parquet file written in JavaScript (hyparquet-writer) and the result comes back value by value; the query itself is a small part.',
    next: 'send the table with DuckDB\'s appender or as Arrow instead of Parquet written in JavaScript, convert results column by column, or use `engine: duckdb`, where tables never leave DuckDB between SQL steps.',
  };
}
