/**
 * Benchmark 5: memory. A 30-node chain over a table of 10^6 rows, each node
 * producing a whole new table; peak RSS above the baseline with the release
 * policy against keep-everything, each in a fresh child process.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { count, ms } from './lib/format.js';
import type { BenchOptions, BenchReport, Target } from './lib/report.js';

type Mode = 'release' | 'release-v8' | 'keep';
interface ChildResult { mode: string; rows: number; baseline: number; baselinePeak: number; peak: number; tableMb: number; approxMb: number; durationMs: number }

/** Runs the memory child in a fresh Node process (with tsx) and parses its JSON. */
function runChild(mode: Mode, rows: number, nodes: number): Promise<ChildResult> {
  const file = fileURLToPath(new URL('./memory-child.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', file, mode, String(rows), String(nodes)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`memory child (${mode}) exited with ${code}: ${err.trim().split('\n').slice(0, 3).join(' ')}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as ChildResult);
      } catch {
        reject(new Error(`memory child printed no JSON: ${out.slice(-200)}`));
      }
    });
  });
}

function target(release: ChildResult | undefined, unit: number, v8Tables?: number): Target {
  const name = 'release: peak <= 3 tables\' worth above baseline';
  if (!release) return { name, measured: 'n/a', met: null, explanation: 'the runner or the Arquero engine was not available when this ran.' };
  const tables = (release.peak - release.baseline) / unit;
  const met = tables <= 3;
  return {
    name,
    measured: `${tables.toFixed(1)} tables`,
    met,
    explanation: met ? undefined : `the runner releases each intermediate table after its last consumer and then runs the garbage collector (once released tables reach 8 MB and the size of the live ones), yet the peak stays above 3 tables${v8Tables === undefined ? '' : ` (${v8Tables.toFixed(1)} tables when V8 alone decides when to collect)`}: the temporary arrays of a node's own work, alive while it runs, are the rest.`,
    next: met ? undefined : 'smaller intermediate tables (Arrow-backed typed columns), or steps that derive in place of copying every column.',
  };
}

const LABELS: Record<Mode, string> = { release: 'release, collect: gc (once released tables reach 8 MB and the live size)', 'release-v8': 'release (the default: V8 decides when to collect)', keep: 'keep everything' };

/** Runs the memory benchmark. */
export async function memoryBenchmark(options: BenchOptions): Promise<BenchReport> {
  const rows = options.size === 'tiny' ? 10_000 : 1_000_000;
  const nodes = options.size === 'tiny' ? 5 : 30;
  const results: ChildResult[] = [];
  let failure: string | undefined;
  for (const mode of ['release', 'release-v8', 'keep'] as const) {
    options.log(`memory: ${mode}`);
    try {
      results.push(await runChild(mode, rows, nodes));
    } catch (error) {
      failure = (error as Error).message;
      break;
    }
  }
  const release = results.find((r) => r.mode === 'release');
  const keep = results.find((r) => r.mode === 'keep');
  const v8 = results.find((r) => r.mode === 'release-v8');
  const unit = keep ? (keep.peak - keep.baseline) / nodes : release ? release.approxMb : 1;
  const tables = (r: ChildResult) => (r.peak - r.baseline) / unit;
  const notes = [`One table = ${keep ? `${unit.toFixed(1)} MB, the peak growth with keep-everything divided by its ${nodes} tables (the engine's own estimate of a table: ${keep.approxMb.toFixed(1)} MB; building the source table grew RSS by ${keep.tableMb.toFixed(1)} MB)` : 'n/a'}. Baseline = RSS after a warm-up run and building the source table, before the measured run; peak = the process's maximum RSS (getrusage).`];
  if (failure) notes.push(`Not measured: ${failure}`);
  return {
    id: 'memory',
    title: '5. Memory: release against keep-everything',
    method: `A ${nodes}-node chain over a table of ${count(rows)} rows (two float columns); each node rewrites every column, so each output is a whole new table. Sequential strategy; each mode runs in its own fresh process.`,
    tables: [{
      headers: ['Mode', 'Baseline RSS', 'Peak RSS', 'Peak above baseline', 'In tables', 'Run ms'],
      rows: results.map((r) => [LABELS[r.mode as Mode], `${r.baseline.toFixed(0)} MB`, `${r.peak.toFixed(0)} MB`, `${(r.peak - r.baseline).toFixed(0)} MB`, tables(r).toFixed(1), ms(r.durationMs)]),
    }],
    targets: [target(release, unit, v8 ? tables(v8) : undefined)],
    notes,
  };
}
