/**
 * The notes of the larger-than-memory benchmark: what the data is, how
 * pandas wrote its output, and explanations computed from this run's figures
 * (what the duckdb engine adds to DuckDB, how Arquero's memory grows).
 */
import { count, ratio } from './lib/format.js';
import { findCase, seconds, type Case } from './larger-than-memory-case.js';

/** What the duckdb engine's operations cost beyond its SQL steps, at the largest size where both ran: keeping Arquero's row order. */
function rowOrderCost(cases: Case[]): string | undefined {
  const rows = cases.filter((c) => c.impl === 'duckdb' && c.result && findCase(cases, c.rows, 'duckdb-sql')?.result).map((c) => c.rows).sort((a, b) => b - a)[0];
  if (rows === undefined) return undefined;
  const ops = findCase(cases, rows, 'duckdb')!.result!;
  const sql = findCase(cases, rows, 'duckdb-sql')!.result!;
  return `At ${count(rows)} rows the duckdb engine took ${seconds(ops.totalS)} s with operations and ${seconds(sql.totalS)} s with SQL steps (steps ${seconds(ops.stepsS)} s against ${seconds(sql.stepsS)} s). The difference, ${seconds(ops.totalS - sql.totalS)} s (${ratio(ops.totalS / sql.totalS)}), is the cost of keeping Arquero's row order: operations give Arquero's results, so the join sorts its matched pairs by both tables' row numbers (rowid: an ORDER BY over the whole joined table), and the aggregate lists its groups in order of first appearance (a min(rowid) per group, then an ORDER BY); plain SQL steps promise no order and skip both.`;
}

/** How the arquero engine's peak memory grows with the rows, and what that means at the largest size. */
function arqueroGrowth(cases: Case[]): string | undefined {
  const ran = cases.filter((c) => c.impl === 'arquero' && c.result).sort((a, b) => b.rows - a.rows)[0];
  const largest = Math.max(...cases.map((c) => c.rows));
  if (!ran || ran.rows === largest) return undefined;
  const perMillion = (ran.result!.peakRssMB - ran.result!.startRssMB) / (ran.rows / 1e6);
  return `The arquero engine's peak grew by about ${Math.round(perMillion)} MB per 10^6 rows above its start (${count(ran.rows)} rows: ${ran.result!.peakRssMB} MB), so ${count(largest)} rows would need about ${(perMillion * largest / 1e6 / 1024).toFixed(1)} GB of JavaScript heap: every value is a JavaScript number or string, and the filter and the join each make a new table.`;
}

/** Every note of the section. */
export function largerNotes(cases: Case[], pandas: { version?: string; format?: string }): string[] {
  return [
    ...[rowOrderCost(cases), arqueroGrowth(cases)].filter((n): n is string => n !== undefined),
    `Data: orders (order_id, customer_id with one customer per 100 orders and at most 10^5, amount, status with 10% cancelled, note) and customers (customer_id, region: 13 regions); every value is a function of the row number. The library runs one three-node pipeline, sequential: read orders, read customers, then one node with the operations filter, join, aggregate and orderby and the Parquet write; the same YAML on both engines (the duckdb engine translates every operation to SQL with Arquero's meaning, row order included). "SQL steps" replaces its join, aggregate and orderby with two plain SQL steps. DuckDB directly runs the same steps as plain SQL, each result a table, with the same memory limit.`,
    `pandas ${pandas.version ?? '(missing)'} (Debian's python3-pandas) writes ${pandas.format === 'parquet' ? 'Parquet (pyarrow)' : 'CSV: pyarrow, which pandas needs for Parquet, is not installed (Debian 12 has no python3-pyarrow); the output is 13 rows, so the format does not change the time'}. pandas times itself inside Python; its start RSS is the interpreter with pandas imported. The Node cases' start RSS is Node with tsx and the library loaded.`,
    'Peak RSS is the process\'s maximum resident memory (getrusage). DuckDB\'s memory_limit bounds its buffer manager, not the process: the Node runtime, DuckDB\'s code and per-query state come on top.',
  ];
}
