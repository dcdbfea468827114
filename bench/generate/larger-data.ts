/**
 * Data for the larger-than-memory benchmark: `orders.csv` with `rows` rows
 * (order_id, customer_id, amount, status, note) and `customers.csv`
 * (customer_id, region), written by DuckDB's COPY so that 10^7 rows take
 * seconds, not minutes. Every value is a function of the row number, so the
 * files are the same on every run; a folder that already holds them is reused.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

export interface LargerData {
  dir: string;
  rows: number;
  customers: number;
  /** Size of orders.csv in bytes. */
  ordersBytes: number;
  /** Seconds spent generating (0 when the files were reused). */
  generateS: number;
}

/** One customer per 100 orders, between 100 and 100 000. */
export function largerCustomers(rows: number): number {
  return Math.min(100_000, Math.max(100, Math.round(rows / 100)));
}

const quoted = (file: string): string => `'${file.replace(/'/g, "''")}'`;

/** Writes (or reuses) the orders and customers of `rows` orders under `dir`. */
export async function writeLargerData(dir: string, rows: number): Promise<LargerData> {
  const customers = largerCustomers(rows);
  const marker = join(dir, 'generated.json');
  const stamp = JSON.stringify({ rows, customers, version: 1 });
  const orders = join(dir, 'orders.csv');
  const reuse = existsSync(marker) && readFileSync(marker, 'utf8') === stamp && existsSync(orders);
  const t0 = performance.now();
  if (!reuse) {
    mkdirSync(dir, { recursive: true });
    const instance = await DuckDBInstance.create(':memory:');
    const c = await instance.connect();
    try {
      await c.run(`COPY (SELECT i AS order_id, i % ${customers} AS customer_id, ((i * 7919) % 100000) / 100.0 AS amount,
        CASE WHEN i % 10 = 0 THEN 'cancelled' ELSE 'paid' END AS status, 'note ' || (i % 977) AS note
        FROM range(${rows}) t(i)) TO ${quoted(orders)} (FORMAT csv, HEADER true)`);
      await c.run(`COPY (SELECT i AS customer_id, 'region_' || lpad((i % 13)::VARCHAR, 2, '0') AS region FROM range(${customers}) t(i))
        TO ${quoted(join(dir, 'customers.csv'))} (FORMAT csv, HEADER true)`);
    } finally {
      c.closeSync();
      instance.closeSync();
    }
    writeFileSync(marker, stamp);
  }
  const generateS = reuse ? 0 : (performance.now() - t0) / 1000;
  return { dir, rows, customers, ordersBytes: statSync(orders).size, generateS };
}
