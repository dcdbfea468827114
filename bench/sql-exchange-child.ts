/**
 * Child process of the larger-than-memory benchmark: what an SQL step costs
 * under each engine. Under the Arquero engine the step's table goes to an
 * in-process DuckDB and back (Parquet out, the query, the result converted
 * to an Arquero table); under the DuckDB engine the table is already there.
 * For two queries over a table of ROWS rows (a small GROUP BY result, and a
 * filter that returns 90% of the rows) it times the Arquero engine's step end
 * to end, the same exchange in its three parts, and the DuckDB engine's step,
 * and prints one JSON line.
 * Usage: tsx bench/sql-exchange-child.ts ROWS
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { ArqueroEngine } from '../src/engine/arquero/arquero-engine.js';
import { parquetFormat } from '../src/engine/arquero/formats/parquet-format.js';
import { DuckDbEngine } from '../src/engine/duckdb/duckdb-engine.js';
import { duckDbReaderToArquero } from '../src/engine/duckdb/duckdb-reader-to-arquero.js';
import type { StepContext } from '../src/engine/engine.js';

export const EXCHANGE_QUERIES: Record<string, string> = {
  'GROUP BY, 2 rows out': 'SELECT status, count(*) AS orders, sum(amount) AS revenue FROM current GROUP BY status ORDER BY status',
  'WHERE, 90% of rows out': 'SELECT * FROM current WHERE amount >= 100',
};

/** order_id, customer_id, amount and status, each a function of the row number. */
function ordersTable(rows: number): ColumnTable {
  const order_id = new Array<number>(rows);
  const customer_id = new Array<number>(rows);
  const amount = new Array<number>(rows);
  const status = new Array<string>(rows);
  for (let i = 0; i < rows; i++) {
    order_id[i] = i;
    customer_id[i] = i % 10_000;
    amount[i] = ((i * 7919) % 100_000) / 100;
    status[i] = i % 10 === 0 ? 'cancelled' : 'paid';
  }
  return aq.table({ order_id, customer_id, amount, status });
}

function context<T>(): StepContext<T> {
  const tables = { get: (name: string): never => { throw new Error(`no table ${name}`); }, has: () => false, names: () => [] };
  return { node: 'exchange', stepIndex: 1, tables, functions: new Map(), signal: new AbortController().signal };
}

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

/** The exchange in its parts, as the Arquero engine's SQL step does it. */
async function parts(table: ColumnTable, sql: string): Promise<Record<string, number>> {
  const folder = mkdtempSync(join(tmpdir(), 'odibi-bench-exchange-'));
  const instance = await DuckDBInstance.create(':memory:');
  const c = await instance.connect();
  try {
    const file = join(folder, 'current.parquet');
    const [, parquetOutMs] = await timed(() => writeFileSync(file, parquetFormat.encode(table, {}) as Uint8Array));
    await c.run(`CREATE VIEW current AS SELECT * FROM read_parquet('${file.replace(/'/g, "''")}')`);
    const [reader, queryMs] = await timed(() => c.runAndReadAll(sql));
    const [, backMs] = await timed(() => duckDbReaderToArquero(reader));
    return { parquetOutMs, queryMs, backMs };
  } finally {
    c.closeSync();
    instance.closeSync();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function measure(table: ColumnTable): Promise<Record<string, Record<string, number>>> {
  const arquero = new ArqueroEngine();
  const duck = new DuckDbEngine();
  const inDuck = await duck.load(duck.fromArquero(table));
  const out: Record<string, Record<string, number>> = {};
  try {
    for (const [label, sql] of Object.entries(EXCHANGE_QUERIES)) {
      const step = { kind: 'sql' as const, sql, params: {} };
      const [result, arqueroMs] = await timed(() => arquero.applyStep(table, step, context()));
      const [, duckdbMs] = await timed(() => duck.applyStep(inDuck, step, context()));
      out[label] = { rowsOut: result.numRows(), arqueroMs, ...(await parts(table, sql)), duckdbMs };
    }
  } finally {
    await duck.close();
  }
  return out;
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2]);
  if (!(rows > 0)) throw new Error('usage: sql-exchange-child.ts ROWS');
  await measure(ordersTable(Math.min(rows, 1000))); // warm-up: load DuckDB and compile the code paths
  console.log(JSON.stringify({ rows, queries: await measure(ordersTable(rows)) }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
