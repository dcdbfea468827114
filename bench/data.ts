/**
 * Benchmark 4: data. The examples/retail bronze -> silver -> gold work at
 * 10^6 generated orders: through the library (PipelineManager on the
 * example's own project file, pointed at the generated data, its function
 * step included) on the arquero engine and on the duckdb engine, the same
 * operations written directly in Arquero, and pandas, in one run.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { retailScale, writeRetailData } from './generate/retail-data.js';
import { count, ms, ratio } from './lib/format.js';
import { loadExport, resultsData, type BenchResults } from './lib/library.js';
import { median } from './lib/measure.js';
import { runPythonPeer } from './lib/python.js';
import type { BenchOptions, BenchReport, Target } from './lib/report.js';
import { StepCosts } from './data-costs.js';
import { bronze, gold, silver } from './retail-direct.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PIPELINES = ['bronze', 'silver', 'gold'] as const;
type Times = Record<(typeof PIPELINES)[number] | 'total', number>;
const ENGINES = ['arquero', 'duckdb'] as const;
type Engine = (typeof ENGINES)[number];

interface Manager { run(): Promise<Record<string, BenchResults | { toJSON(): BenchResults }>> }
interface ManagerClass { fromYaml(file: string, options: Record<string, unknown>): Promise<Manager> }

/** The example's project file with its connections pointed at `raw` and `lake`, stories off, on `engine`. */
export function benchProject(raw: string, lake: string, file: string, engine: Engine = 'arquero'): void {
  const doc = parseDocument(readFileSync(join(root, 'examples', 'retail', 'project.yaml'), 'utf8'));
  doc.set('engine', engine);
  doc.setIn(['connections', 'raw', 'base_path'], raw);
  doc.setIn(['connections', 'lake', 'base_path'], lake);
  doc.setIn(['functions'], [join(root, 'examples', 'retail', 'functions.ts')]);
  doc.setIn(['story', 'auto_generate'], false);
  writeFileSync(file, doc.toString());
}

async function libraryRun(Manager: ManagerClass, project: string, costs?: StepCosts): Promise<Times> {
  const manager = await Manager.fromYaml(project, { storyWriter: false });
  const t0 = performance.now();
  const record = await manager.run();
  const total = performance.now() - t0;
  const times = { total } as Times;
  for (const name of PIPELINES) {
    const data = resultsData(record[name]!) as BenchResults & { durationMs: number };
    if (data.status !== 'success') throw new Error(`library: pipeline ${name} ended ${data.status}`);
    times[name] = data.durationMs;
    costs?.add(name, data);
  }
  return times;
}

async function directRun(raw: string, lake: string): Promise<Times> {
  const t0 = performance.now();
  await bronze(raw, lake);
  const t1 = performance.now();
  await silver(lake);
  const t2 = performance.now();
  await gold(lake);
  const t3 = performance.now();
  return { bronze: t1 - t0, silver: t2 - t1, gold: t3 - t2, total: t3 - t0 };
}

function medianTimes(samples: Times[]): Times {
  const out = {} as Times;
  for (const key of [...PIPELINES, 'total'] as const) out[key] = median(samples.map((s) => s[key]));
  return out;
}

function sameGold(a: string, b: string): boolean {
  return ['revenue_by_country', 'top_customers', 'revenue_by_category'].every(
    (n) => readFileSync(join(a, 'gold', `${n}.csv`), 'utf8') === readFileSync(join(b, 'gold', `${n}.csv`), 'utf8'),
  );
}

function cellsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const x = Number(a);
  const y = Number(b);
  return a !== '' && b !== '' && Number.isFinite(x) && Number.isFinite(y) && Math.abs(x - y) <= 0.011;
}

/** Gold outputs equal up to number formatting (pandas writes 12.0 where Arquero writes 12). */
function sameGoldLoosely(a: string, b: string): boolean {
  return ['revenue_by_country', 'top_customers', 'revenue_by_category'].every((n) => {
    const left = readFileSync(join(a, 'gold', `${n}.csv`), 'utf8').trim().split('\n');
    const right = readFileSync(join(b, 'gold', `${n}.csv`), 'utf8').trim().split('\n');
    return left.length === right.length && left.every((line, i) => {
      const l = line.split(',');
      const r = right[i]!.split(',');
      return l.length === r.length && l.every((cell, j) => cellsMatch(cell, r[j]!));
    });
  });
}

function overheadTarget(lib?: Times, direct?: Times): Target {
  const name = 'library (arquero engine) over direct Arquero: <= 5% overhead';
  if (!lib || !direct) return { name, measured: 'n/a', met: null, explanation: 'the PipelineManager or the example project was not available when this ran.' };
  const over = lib.total / direct.total - 1;
  const met = over <= 0.05;
  const worst = PIPELINES.map((p) => [p, lib[p] - direct[p]] as const).sort((a, b) => b[1] - a[1])[0]!;
  return {
    name,
    measured: `${(over * 100).toFixed(1)}%`,
    met,
    explanation: met ? undefined : `most of the difference is in ${worst[0]} (${ms(worst[1])} ms more). What the library does per node beyond the same Arquero calls: it checks every CSV record's width before parsing (one regular-expression pass over quote-free text), decodes with UTF-8 validation, infers each table's schema and size once (a pass over every value), samples rows for the results, encodes each output to bytes for an atomic write (a temporary file, then a rename), and keeps each pipeline's outputs in its context until the run ends, so later work runs with a larger heap.`,
    next: met ? undefined : 'write CSV text to the file without the intermediate byte copy, and let a pipeline release its outputs once written when no later step reads them from memory; then re-run `npm run bench -- --only data --update`.',
  };
}

function duckdbTarget(orders: number, duck?: Times, pandas?: Times, costs?: StepCosts): Target {
  const name = `duckdb engine at ${count(orders)} orders: no slower than pandas`;
  if (!duck || !pandas) return { name, measured: 'n/a', met: null, explanation: duck ? 'pandas was not available when this ran.' : 'the duckdb engine run failed (see the notes).' };
  const x = duck.total / pandas.total;
  const worst = PIPELINES.map((p) => [p, duck[p] - pandas[p]] as const).sort((a, b) => b[1] - a[1])[0]!;
  return {
    name,
    measured: x <= 1 ? `duckdb engine ${ratio(1 / x)} faster` : `pandas ${ratio(x)} faster`,
    met: x <= 1,
    explanation: x <= 1 ? undefined : `the largest gap is in ${worst[0]} (${ms(worst[1])} ms more than pandas). The duckdb engine's largest parts, median of the runs: ${costs?.describe(4) ?? 'n/a'}. The function step (addOrderSize) is JavaScript: its table leaves DuckDB for an Arquero copy (every value converted) and comes back through a Parquet file written in JavaScript.`,
    next: x <= 1 ? undefined : 'load Arquero tables into DuckDB column by column (DuckDB\'s appender or Arrow) instead of through Parquet written in JavaScript, or write addOrderSize as a derive operation, which runs as SQL.',
  };
}

function pandasTarget(lib?: Times, pandas?: Times): Target | undefined {
  if (!lib || !pandas) return undefined;
  const x = lib.total / pandas.total;
  return {
    name: 'library (arquero engine) against pandas (reported, no target)',
    measured: x >= 1 ? `pandas ${ratio(x)} faster` : `library ${ratio(1 / x)} faster`,
    met: null,
    explanation: x >= 1 ? 'pandas parses and writes CSV in C and runs group-bys and joins on NumPy arrays, while Arquero parses CSV in JavaScript and evaluates expressions row by row over JavaScript arrays; most of the time on both sides is CSV.' : undefined,
    next: x >= 1 ? 'keep intermediate tables in Arrow or Parquet instead of CSV between pipelines (Arquero reads Arrow columns without parsing), or run the project with `engine: duckdb`.' : undefined,
  };
}

function row(label: string, t: Times | undefined, base?: Times, pandas?: Times): string[] {
  if (!t) return [label, 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a'];
  return [label, ...PIPELINES.map((p) => ms(t[p])), ms(t.total), base ? `${((t.total / base.total - 1) * 100).toFixed(1)}%` : '', pandas ? ratio(t.total / pandas.total) : 'n/a'];
}

interface Library { samples: Record<Engine, Times[]>; costs: StepCosts; projects: Record<Engine, string>; lakes: Record<Engine, string> }

/** Each engine's project on the generated data, each writing its own lake. */
function libraryProjects(base: string, raw: string): Library {
  const projects = {} as Record<Engine, string>;
  const lakes = {} as Record<Engine, string>;
  for (const engine of ENGINES) {
    lakes[engine] = join(base, `lake-${engine}`);
    projects[engine] = join(base, `project-${engine}.yaml`);
    rmSync(lakes[engine], { recursive: true, force: true }), mkdirSync(lakes[engine], { recursive: true });
    benchProject(raw, lakes[engine], projects[engine], engine);
  }
  return { samples: { arquero: [], duckdb: [] }, costs: new StepCosts(), projects, lakes };
}

async function warmUp(base: string, Manager: ManagerClass | undefined, options: BenchOptions): Promise<void> {
  options.log('data: warm-up at 10^4 orders');
  const warm = join(base, 'raw-10000');
  await writeRetailData(warm, retailScale(10_000));
  for (const engine of ENGINES) {
    const warmProject = join(base, `project-warm-${engine}.yaml`);
    benchProject(warm, join(base, `lake-warm-${engine}`), warmProject, engine);
    if (Manager) await libraryRun(Manager, warmProject);
  }
  await directRun(warm, join(base, 'lake-warm-direct'));
}

function equalityNotes(lib: Library, direct: string, pandas: string | undefined): string[] {
  const notes = [sameGold(lib.lakes.arquero, direct) ? 'The arquero engine\'s gold files equal the direct Arquero ones byte for byte.' : '**The arquero engine\'s gold files differ from the direct Arquero ones.**'];
  if (lib.samples.duckdb.length) notes.push(sameGoldLoosely(direct, lib.lakes.duckdb) ? 'The duckdb engine\'s gold files hold the same rows and values as the direct Arquero ones (to the cent; DuckDB writes numbers in its own format).' : '**The duckdb engine\'s gold files differ from Arquero\'s.**');
  if (pandas) notes.push(sameGoldLoosely(direct, pandas) ? 'pandas\' gold files hold the same rows and values (to the cent).' : '**pandas\' gold files differ from Arquero\'s.**');
  return notes;
}

/** Runs the data benchmark. */
export async function dataBenchmark(options: BenchOptions): Promise<BenchReport> {
  const tiny = options.size === 'tiny';
  const orders = tiny ? 1_000 : 1_000_000;
  const base = join(options.dataDir, 'retail');
  const raw = join(base, `raw-${orders}`);
  options.log(`data: generating ${count(orders)} orders`);
  await writeRetailData(raw, retailScale(orders));
  const lakes = { direct: join(base, 'lake-direct'), pandas: join(base, 'lake-pandas') };
  for (const dir of Object.values(lakes)) rmSync(dir, { recursive: true, force: true }), mkdirSync(dir, { recursive: true });
  const lib = libraryProjects(base, raw);
  const Manager = await loadExport<ManagerClass>('PipelineManager');
  const notes: string[] = [];
  const runs = tiny ? 1 : 3;
  if (!tiny) await warmUp(base, Manager, options);
  const directSamples: Times[] = [];
  for (let i = 0; i < runs; i++) {
    options.log(`data: run ${i + 1} of ${runs}`);
    if (Manager) lib.samples.arquero.push(await libraryRun(Manager, lib.projects.arquero));
    directSamples.push(await directRun(raw, lakes.direct));
    try {
      if (Manager) lib.samples.duckdb.push(await libraryRun(Manager, lib.projects.duckdb, lib.costs));
    } catch (error) {
      notes.push(`The duckdb engine run failed: ${(error as Error).message}`);
    }
  }
  const arquero = lib.samples.arquero.length ? medianTimes(lib.samples.arquero) : undefined;
  const duckdb = lib.samples.duckdb.length ? medianTimes(lib.samples.duckdb) : undefined;
  const direct = medianTimes(directSamples);
  let pandas: Times | undefined;
  try {
    options.log('data: pandas');
    pandas = await runPythonPeer<Times>('retail_peer.py', [raw, lakes.pandas, String(runs)]);
  } catch (error) {
    notes.push(`pandas skipped: ${(error as Error).message} (Debian: apt-get install python3-pandas).`);
  }
  if (arquero) notes.push(...equalityNotes(lib, lakes.direct, pandas && lakes.pandas));
  if (!Manager) notes.push('PipelineManager was not available when this ran: only direct Arquero and pandas were measured.');
  if (duckdb) notes.push(`The duckdb engine's largest parts (median ms of its runs, from its results): ${lib.costs.describe(6)}.`);
  notes.push(`Data: ${count(orders)} orders, ${count(retailScale(orders).customers)} customers, ${count(retailScale(orders).products)} products (seeded). Every step reads and writes CSV, as the example does. Median of ${runs} run(s), the arquero engine, direct Arquero and the duckdb engine interleaved${tiny ? '' : ', after a warm-up at 10^4 orders'}; pandas times itself (interpreter start and imports excluded).`);
  return {
    id: 'data',
    title: '4. Data: the retail pipelines at scale',
    method: 'examples/retail/project.yaml (its function step included) run by PipelineManager (its default strategy, stories off) on generated data on the arquero engine and on the duckdb engine (the same file with `engine: duckdb`), against the same steps written directly in Arquero and in pandas, each writing its own copy of the lake. Times per pipeline (bronze, silver, gold) are the phases of each run.',
    tables: [{
      caption: 'Milliseconds per pipeline; "over direct" = extra time compared with direct Arquero; "/ pandas" = time relative to pandas.',
      headers: ['Implementation', 'bronze', 'silver', 'gold', 'total', 'over direct', '/ pandas'],
      rows: [row('odibi-ts, arquero engine', arquero, direct, pandas), row('odibi-ts, duckdb engine', duckdb, direct, pandas), row('Arquero, direct', direct, undefined, pandas), row('pandas', pandas, undefined, pandas)],
    }],
    targets: [overheadTarget(arquero, direct), duckdbTarget(orders, duckdb, pandas, lib.costs), ...[pandasTarget(arquero, pandas)].filter((t): t is Target => t !== undefined)],
    notes,
  };
}
