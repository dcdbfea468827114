/**
 * Benchmark 6: notebooks. Wall time to execute the lesson and the solutions
 * headlessly through the library's notebook runner (real Jupyter kernel,
 * tslab), next to a one-cell notebook that measures the kernel's start.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ms } from './lib/format.js';
import type { BenchOptions, BenchReport, Target } from './lib/report.js';

interface RunResult { ok: boolean; cells: { index: number; status: string; cellType: string; error?: { name: string; message: string } }[] }
type RunNotebook = (path: string, options?: { timeoutMs?: number; outputPath?: string }) => Promise<RunResult>;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_MS = 25_000;

async function loadRunner(): Promise<RunNotebook | undefined> {
  const file = join(root, 'src', 'notebook', 'run-notebook.ts');
  if (!existsSync(file)) return undefined;
  const mod = (await import(join(root, 'src', 'notebook', 'run-notebook.js'))) as { runNotebook?: RunNotebook };
  return mod.runNotebook;
}

function oneCellNotebook(file: string): void {
  const cell = { cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source: ['1 + 1'] };
  const nb = { cells: [cell], metadata: { kernelspec: { name: 'tslab', display_name: 'TypeScript', language: 'typescript' } }, nbformat: 4, nbformat_minor: 5 };
  writeFileSync(file, JSON.stringify(nb, null, 1));
}

interface Row { label: string; path: string; wallMs?: number; cells?: number; ok?: boolean; missing?: boolean; failure?: string }

async function timeNotebook(run: RunNotebook, label: string, path: string, outDir: string): Promise<Row> {
  if (!existsSync(path)) return { label, path, missing: true };
  const t0 = performance.now();
  const result = await run(path, { timeoutMs: 120_000, outputPath: join(outDir, `executed-${label.replace(/\W+/g, '-')}.ipynb`) });
  const failed = result.cells.find((c) => c.status !== 'ok');
  const failure = failed ? `cell ${failed.index + 1} ${failed.status}${failed.error ? `: ${failed.error.name}: ${failed.error.message.slice(0, 200)}` : ''}` : undefined;
  return { label, path, wallMs: performance.now() - t0, cells: result.cells.filter((c) => c.cellType === 'code').length, ok: result.ok, failure };
}

function lessonTarget(lesson: Row | undefined): Target {
  const name = 'lesson executes headlessly within 25 s';
  if (!lesson || lesson.missing || lesson.wallMs === undefined) return { name, measured: 'n/a', met: null, explanation: 'notebooks/lesson.ipynb does not exist yet (not yet available).' };
  const met = lesson.wallMs <= TARGET_MS && lesson.ok === true;
  return {
    name,
    measured: `${(lesson.wallMs / 1000).toFixed(1)} s${lesson.ok ? '' : ' (a cell failed)'}`,
    met,
    explanation: met ? undefined : lesson.ok ? 'most of the time is the kernel compiling each cell and the library modules it imports (tslab type-checks with TypeScript 5.0 on every cell).' : 'a cell failed, so the run is not valid.',
    next: met ? undefined : 'the first cell, which imports the library, is about half of the lesson (tslab type-checks the library\'s files with TypeScript 5.0 when it first imports src/index.ts); give the kernel precompiled declarations for the library, so that cell checks only what it uses.',
  };
}

/** Runs the notebooks benchmark. */
export async function notebooksBenchmark(options: BenchOptions): Promise<BenchReport> {
  const run = await loadRunner();
  const rows: Row[] = [];
  const notes: string[] = [];
  if (!run) notes.push('The notebook runner (src/notebook/run-notebook.ts) is not available yet: not measured.');
  else {
    const kernelProbe = join(options.dataDir, 'one-cell.ipynb');
    oneCellNotebook(kernelProbe);
    const list: [string, string][] = [['one cell (kernel start)', kernelProbe]];
    if (options.size === 'full') list.push(['lesson', join(root, 'notebooks', 'lesson.ipynb')], ['solutions', join(root, 'solutions', 'solutions.ipynb')]);
    else notes.push('Tiny size: only the one-cell notebook runs (the notebook tests execute the lesson and solutions).');
    for (const [label, path] of list) {
      options.log(`notebooks: ${label}`);
      try {
        rows.push(await timeNotebook(run, label, path, options.dataDir));
      } catch (error) {
        notes.push(`${label}: the run failed: ${(error as Error).message}`);
      }
    }
  }
  for (const r of rows.filter((x) => x.failure)) notes.push(`${r.label}: stopped at ${r.failure}`);
  if (rows.some((r) => r.missing)) notes.push(`Not yet available: ${rows.filter((r) => r.missing).map((r) => r.path.slice(root.length + 1)).join(', ')}.`);
  notes.push('Wall time includes starting Jupyter\'s kernel (tslab), compiling every cell and the library modules it imports, and running them; one run each.');
  const kernel = rows[0]?.wallMs;
  return {
    id: 'notebooks',
    title: '6. Notebooks: headless execution',
    method: 'Each notebook executed headlessly through `runNotebook` (nbclient driving the tslab kernel), stopping at the first failing cell.',
    tables: [{
      headers: ['Notebook', 'Code cells', 'All cells ok', 'Wall s', 'Beyond kernel start s'],
      rows: rows.map((r) => [r.label, r.cells === undefined ? 'n/a' : String(r.cells), r.ok === undefined ? 'n/a' : r.ok ? 'yes' : 'no', r.wallMs === undefined ? 'not yet available' : (r.wallMs / 1000).toFixed(1), r.wallMs === undefined || kernel === undefined ? 'n/a' : ((r.wallMs - kernel) / 1000).toFixed(1)]),
    }],
    targets: [lessonTarget(rows.find((r) => r.label === 'lesson'))],
    notes,
  };
}

