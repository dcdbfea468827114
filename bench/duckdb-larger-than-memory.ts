/**
 * Benchmark 7: data larger than memory. A generated orders CSV goes through
 * a filter, a join and an aggregate to Parquet through the library on the
 * duckdb engine (with DuckDB's memory limit far below the data at the largest
 * size, so it must stream and spill), the same pipeline with its join and
 * aggregate as SQL steps, the same steps directly in DuckDB, and, at the sizes
 * where they fit, the same pipeline on the arquero engine and in pandas. Each case runs in its own fresh process (seconds per phase, peak
 * RSS); ratios are against the duckdb engine at the same size in the same
 * run. Also: what an SQL step costs under each engine (the Arquero engine's
 * exchange with DuckDB).
 * Sizes: `ODIBI_BENCH_LARGER_ROWS=1e6,3e6/1e7` (every implementation at the
 * sizes before the slash, DuckDB alone after it) and
 * `ODIBI_BENCH_LARGER_MEMORY=256MB`.
 */
import { join } from 'node:path';
import { writeLargerData } from './generate/larger-data.js';
import { count, ratio } from './lib/format.js';
import { pythonVersions, runPythonPeer } from './lib/python.js';
import type { BenchOptions, BenchReport, BenchTable, Target } from './lib/report.js';
import { runJsonChild } from './lib/run-json-child.js';
import { csvMb, findCase, LABELS, sameRevenue, seconds as s, type Case, type CaseResult, type Implementation } from './larger-than-memory-case.js';
import { largerNotes } from './larger-than-memory-notes.js';
import { exchangeTable, exchangeTarget, type ExchangeResult } from './sql-exchange-report.js';

/** Sizes for a run: every implementation, DuckDB alone, the memory limit, and the rows of the SQL exchange. */
export function largerSizes(size: BenchOptions['size'], env = process.env): { both: number[]; duckdbOnly: number[]; memoryLimit: string; exchangeRows: number } {
  const memoryLimit = env.ODIBI_BENCH_LARGER_MEMORY ?? (size === 'tiny' ? '64MB' : '256MB');
  if (size === 'tiny') return { both: [10_000], duckdbOnly: [], memoryLimit, exchangeRows: 1_000 };
  const [both = '1e6,3e6', only = '1e7'] = (env.ODIBI_BENCH_LARGER_ROWS ?? '1e6,3e6/1e7').split('/');
  const list = (text: string) => text.split(',').filter(Boolean).map(Number);
  return { both: list(both), duckdbOnly: list(only), memoryLimit, exchangeRows: 1_000_000 };
}

async function runCase(c: Case, memoryLimit: string): Promise<void> {
  try {
    if (c.impl === 'pandas') c.result = await runPythonPeer<CaseResult>('larger_peer.py', [c.data.dir]);
    else if (c.impl === 'direct') c.result = await runJsonChild<CaseResult>('duckdb-direct-child.ts', [c.data.dir, memoryLimit]);
    else c.result = await runJsonChild<CaseResult>('larger-than-memory-child.ts', [c.impl, c.data.dir, memoryLimit], c.impl === 'arquero' ? ['--max-old-space-size=8192'] : []);
  } catch (error) {
    c.error = (error as Error).message;
  }
}

function caseRow(c: Case, duck: Case | undefined): string[] {
  if (!c.result) return [count(c.rows), LABELS[c.impl], csvMb(c.data), 'failed', '', '', '', '', '', '', ''];
  const r = c.result;
  const vs = (x: number, y: number | undefined) => (y && c !== duck ? ratio(x / y) : '');
  return [count(c.rows), LABELS[c.impl], csvMb(c.data), s(r.readS), s(r.stepsS), s(r.writeS), s(r.totalS), `${r.startRssMB}`, `${r.peakRssMB}`, vs(r.totalS, duck?.result?.totalS), vs(r.peakRssMB, duck?.result?.peakRssMB)];
}

function resultsTable(cases: Case[], memoryLimit: string): BenchTable {
  return {
    caption: `Seconds per phase and memory of each case (its own process). "read" = both CSV files into the engine; "steps" = filter, join, aggregate; "write" = the rest of the node (Parquet out, validation, bookkeeping). DuckDB's memory_limit: ${memoryLimit}. "/ duckdb" = relative to the duckdb engine at the same size in this run (below 1 = less).`,
    headers: ['Rows', 'Implementation', 'CSV MB', 'read s', 'steps s', 'write s', 'total s', 'start RSS MB', 'peak RSS MB', 'time / duckdb', 'peak / duckdb'],
    rows: cases.map((c) => caseRow(c, findCase(cases, c.rows, 'duckdb'))),
  };
}

function largestTarget(cases: Case[], memoryLimit: string): Target {
  const largest = cases.filter((c) => c.impl === 'duckdb').sort((a, b) => b.rows - a.rows)[0];
  const name = `duckdb engine: ${largest ? count(largest.rows) : '?'} rows with memory_limit ${memoryLimit}, CSV to Parquet without running out of memory`;
  if (largest?.result) return { name, measured: `${s(largest.result.totalS)} s, peak RSS ${largest.result.peakRssMB} MB for a ${csvMb(largest.data)} MB CSV`, met: true };
  return {
    name, measured: largest?.error ? 'failed' : 'n/a', met: largest ? false : null,
    explanation: largest?.error ?? 'not run.',
    next: 'lower the sizes with ODIBI_BENCH_LARGER_ROWS to find where it breaks, and check that every step ran as SQL (an operation the engine cannot translate copies the whole table to Arquero).',
  };
}

function sameTarget(cases: Case[]): Target {
  const compared = cases.filter((c) => c.result && c.impl !== 'duckdb');
  const differ = compared.filter((c) => !sameRevenue(c.result!, findCase(cases, c.rows, 'duckdb')?.result));
  return {
    name: 'the same orders and revenue per region from every implementation',
    measured: `${compared.length - differ.length} of ${compared.length} equal the duckdb engine's`,
    met: compared.length === 0 ? null : differ.length === 0,
    explanation: differ.length ? `differ: ${differ.map((c) => `${LABELS[c.impl]} at ${count(c.rows)}`).join(', ')}.` : undefined,
  };
}

/** The duckdb engine with SQL steps against the same steps directly in DuckDB, at 10^6 rows and at the largest size. */
function directTarget(cases: Case[]): Target {
  const sizes = [...new Set(cases.filter((c) => c.impl === 'duckdb-sql').map((c) => c.rows))].sort((a, b) => a - b);
  const picked = [...new Set([sizes.find((r) => r >= 1_000_000) ?? sizes[0], sizes[sizes.length - 1]])].filter((r): r is number => r !== undefined);
  const name = `duckdb engine, SQL steps: within 1.3x of DuckDB directly at ${picked.map(count).join(' and ') || '?'} rows`;
  const pairs = picked.map((rows) => [rows, findCase(cases, rows, 'duckdb-sql')?.result, findCase(cases, rows, 'direct')?.result] as const);
  if (pairs.length === 0 || pairs.some(([, a, b]) => !a || !b)) return { name, measured: 'n/a', met: pairs.length ? false : null, explanation: 'a case failed or did not run (see the notes).' };
  const ratios = pairs.map(([rows, a, b]) => ({ rows, x: a!.totalS / b!.totalS, a: a!, b: b! }));
  const met = ratios.every((r) => r.x <= 1.3);
  const worst = [...ratios].sort((p, q) => q.x - p.x)[0]!;
  return {
    name,
    measured: ratios.map((r) => `${ratio(r.x)} at ${count(r.rows)}`).join(', '),
    met,
    explanation: met ? undefined : `at ${count(worst.rows)} rows: read ${s(worst.a.readS)} s against ${s(worst.b.readS)} s (the engine reads CSV in strict mode with Arquero's dialect and checks the header first; DuckDB alone sniffs the file), steps ${s(worst.a.stepsS)} s against ${s(worst.b.stepsS)} s, the rest (Parquet write, results, samples) ${s(worst.a.totalS - worst.a.readS - worst.a.stepsS)} s against ${s(worst.b.writeS)} s.`,
    next: met ? undefined : 'profile the phase that differs most with a CPU profile of the child (bench/lib/cpu-profile.ts) and re-run `npm run bench -- --only larger --update`.',
  };
}

async function runCases(both: number[], duckdbOnly: number[], memoryLimit: string, options: BenchOptions): Promise<{ cases: Case[]; notes: string[] }> {
  const cases: Case[] = [];
  const notes: string[] = [];
  for (const rows of [...both, ...duckdbOnly]) {
    options.log(`larger: generating ${count(rows)} orders`);
    const data = await writeLargerData(join(options.dataDir, 'larger', `rows-${rows}`), rows);
    if (data.generateS > 0) notes.push(`Generating ${count(rows)} orders (DuckDB COPY) took ${s(data.generateS)} s.`);
    const impls: Implementation[] = both.includes(rows) ? ['duckdb', 'duckdb-sql', 'direct', 'arquero', 'pandas'] : ['duckdb', 'duckdb-sql', 'direct'];
    for (const impl of impls) {
      options.log(`larger: ${impl} at ${count(rows)} rows`);
      const c: Case = { rows, impl, data };
      await runCase(c, memoryLimit);
      if (c.error) notes.push(`${LABELS[impl]} at ${count(rows)} rows failed: ${c.error}`);
      if (c.result?.onArquero?.length) notes.push(`**${LABELS[impl]} at ${count(rows)} rows ran ${c.result.onArquero.join(', ')} on an Arquero copy of the table (the memory cliff).**`);
      cases.push(c);
    }
  }
  return { cases, notes };
}

/** Runs the larger-than-memory benchmark. */
export async function largerThanMemoryBenchmark(options: BenchOptions): Promise<BenchReport> {
  const { both, duckdbOnly, memoryLimit, exchangeRows } = largerSizes(options.size);
  const { cases, notes } = await runCases(both, duckdbOnly, memoryLimit, options);
  let exchange: ExchangeResult | undefined;
  try {
    options.log(`larger: SQL step exchange at ${count(exchangeRows)} rows`);
    exchange = await runJsonChild<ExchangeResult>('sql-exchange-child.ts', [String(exchangeRows)]);
  } catch (error) {
    notes.push(`SQL exchange not measured: ${(error as Error).message}`);
  }
  const pandas = { version: pythonVersions(['pandas']).modules.pandas, format: cases.find((c) => c.result?.format)?.result?.format };
  return {
    id: 'larger',
    title: '7. Data larger than memory: DuckDB, Arquero and pandas',
    method: `A generated orders CSV (${[...both, ...duckdbOnly].map(count).join(', ')} rows) through filter (paid orders), join (each customer's region), aggregate (orders and revenue per region) and a Parquet write: through the library on the duckdb engine (the pipeline's operations, then the join and aggregate as SQL steps) and directly in DuckDB at every size (memory_limit ${memoryLimit}), and at ${both.map(count).join(' and ')} rows also the same pipeline on the arquero engine, and pandas. Each case runs once, in its own process. Then one SQL step under each engine.`,
    tables: exchange ? [resultsTable(cases, memoryLimit), exchangeTable(exchange)] : [resultsTable(cases, memoryLimit)],
    targets: [largestTarget(cases, memoryLimit), directTarget(cases), sameTarget(cases), exchangeTarget(exchange)],
    notes: [...largerNotes(cases, pandas), ...notes],
  };
}
