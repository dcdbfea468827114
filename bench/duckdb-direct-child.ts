/**
 * Child process of the larger-than-memory benchmark: the same work written
 * directly against DuckDB (`@duckdb/node-api`, no library), step by step as
 * the duckdb engine does it (each result a table), with the same memory
 * limit. What the library adds on top is its bookkeeping: each table's row
 * count and sample, the CSV header check and strict reading, results.
 * Prints one JSON line like larger-than-memory-child.ts.
 * Usage: tsx bench/duckdb-direct-child.ts DATA_DIR MEMORY_LIMIT
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const quoted = (file: string): string => `'${file.replace(/'/g, "''")}'`;

async function main(): Promise<void> {
  const [dir, memoryLimit] = process.argv.slice(2);
  if (!dir || !memoryLimit) throw new Error('usage: duckdb-direct-child.ts DATA_DIR MEMORY_LIMIT');
  const spill = join(dir, `spill-${process.pid}`);
  mkdirSync(join(dir, 'out'), { recursive: true });
  const startRssMB = Math.round(process.memoryUsage().rss / 2 ** 20);
  const instance = await DuckDBInstance.create(':memory:', { memory_limit: memoryLimit, temp_directory: spill });
  const c = await instance.connect();
  const out = join(dir, 'out', 'revenue-duckdb-direct.parquet');
  let t = performance.now();
  const lap = (): number => { const now = performance.now(); const seconds = (now - t) / 1000; t = now; return seconds; };
  await c.run(`CREATE TABLE orders AS SELECT * FROM read_csv(${quoted(join(dir, 'orders.csv'))})`);
  await c.run(`CREATE TABLE customers AS SELECT * FROM read_csv(${quoted(join(dir, 'customers.csv'))})`);
  const readS = lap();
  await c.run(`CREATE TABLE paid AS SELECT * FROM orders WHERE status = 'paid'`);
  await c.run('CREATE TABLE joined AS SELECT o.*, c.region FROM paid o JOIN customers c USING (customer_id)');
  await c.run('CREATE TABLE revenue AS SELECT region, count(*) AS orders, sum(amount) AS revenue FROM joined GROUP BY region ORDER BY region');
  const stepsS = lap();
  await c.run(`COPY revenue TO ${quoted(out)} (FORMAT parquet)`);
  const writeS = lap();
  const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  const rowsAfterFilter = Number((await c.runAndReadAll('SELECT count(*) FROM paid')).getRows()[0]![0]);
  const rows = (await c.runAndReadAll(`SELECT region, orders::DOUBLE, revenue FROM read_parquet(${quoted(out)}) ORDER BY region`)).getRows();
  c.closeSync();
  instance.closeSync();
  rmSync(spill, { recursive: true, force: true });
  const result = rows.map(([region, orders, revenue]) => ({ region: String(region), orders: Number(orders), revenue: Number(revenue) }));
  console.log(JSON.stringify({ engine: 'duckdb-direct', readS, stepsS, writeS, totalS: readS + stepsS + writeS, rowsAfterFilter, startRssMB, peakRssMB, result }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
