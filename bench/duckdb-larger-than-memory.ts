// Data larger than DuckDB's memory limit: a generated CSV of N rows (default 10^7) goes through
// a filter, a join and an aggregate to Parquet on the duckdb engine with memory_limit far below
// the data size, so DuckDB must stream and spill instead of running out of memory.
// Run: npx tsx bench/duckdb-larger-than-memory.ts [rows] [memoryLimit]
// Prints one JSON line: rows, CSV size, memory limit, seconds per phase, peak RSS of the process.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { LocalConnection } from '../src/connections/local-connection.js';
import { DuckDbEngine } from '../src/engine/duckdb/duckdb-engine.js';
import type { DuckDbTable } from '../src/engine/duckdb/duckdb-table.js';
import type { ReadonlyTables } from '../src/engine/engine.js';

const rows = Number(process.argv[2] ?? 1e7);
const memoryLimit = process.argv[3] ?? '256MB';
const dir = mkdtempSync(path.join(tmpdir(), 'odibi-bench-ltm-'));

async function generate(): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const c = await instance.connect();
  const file = path.join(dir, 'orders.csv').replace(/'/g, "''");
  // Deterministic data: customer, amount and status are functions of the row number.
  await c.run(`COPY (SELECT i AS order_id, i % 100000 AS customer_id, ((i * 7919) % 100000) / 100.0 AS amount,
    CASE WHEN i % 10 = 0 THEN 'cancelled' ELSE 'paid' END AS status, 'note ' || (i % 977) AS note
    FROM range(${rows}) t(i)) TO '${file}' (FORMAT csv, HEADER true)`);
  const customers = path.join(dir, 'customers.csv').replace(/'/g, "''");
  await c.run(`COPY (SELECT i AS customer_id, 'region_' || (i % 13) AS region FROM range(100000) t(i)) TO '${customers}' (FORMAT csv, HEADER true)`);
  c.closeSync();
  instance.closeSync();
}

function tables(entries: Record<string, DuckDbTable>): ReadonlyTables<DuckDbTable> {
  return { get: (n) => entries[n]!, has: (n) => n in entries, names: () => Object.keys(entries) };
}

async function main(): Promise<void> {
  let t = performance.now();
  const seconds = () => { const now = performance.now(); const s = (now - t) / 1000; t = now; return Number(s.toFixed(2)); };
  await generate();
  const generateS = seconds();
  const engine = new DuckDbEngine({ memoryLimit, tempDirectory: path.join(dir, 'spill') });
  const lake = new LocalConnection('lake', dir);
  const orders = await engine.read({ connection: 'lake', path: 'orders.csv', format: 'csv', options: {} }, lake);
  const customers = await engine.read({ connection: 'lake', path: 'customers.csv', format: 'csv', options: {} }, lake);
  const readS = seconds();
  const ctx = { node: 'revenue', stepIndex: 1, tables: tables({ customers }), functions: new Map(), signal: new AbortController().signal };
  const paid = await engine.applyStep(orders, { kind: 'operation', operation: 'filter', params: { expr: "d => d.status === 'paid'" } }, ctx);
  const joined = await engine.applyStep(paid, { kind: 'sql', sql: 'SELECT o.*, c.region FROM current o JOIN customers c USING (customer_id)', params: {} }, { ...ctx, stepIndex: 2 });
  const revenue = await engine.applyStep(joined, { kind: 'sql', sql: 'SELECT region, count(*) AS orders, sum(amount) AS revenue FROM current GROUP BY region ORDER BY region', params: {} }, { ...ctx, stepIndex: 3 });
  const stepsS = seconds();
  await engine.write(revenue, { connection: 'lake', path: 'revenue.parquet', format: 'parquet', mode: 'overwrite', options: {} }, lake);
  const writeS = seconds();
  await engine.close();
  const csvMB = Math.round(statSync(path.join(dir, 'orders.csv')).size / 2 ** 20);
  console.log(JSON.stringify({ rows, csvMB, memoryLimit, rowsAfterFilter: engine.rowCount(paid), groups: engine.rowCount(revenue), generateS, readS, stepsS, writeS, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

main().finally(() => rmSync(dir, { recursive: true, force: true }));
