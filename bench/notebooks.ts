/**
 * Benchmark 6: notebooks. Wall times through the library's notebook runner
 * (real Jupyter kernel, tslab): the first import of the library in a fresh
 * kernel, a notebook of that one import cell, the lesson, the workers lesson
 * (which starts Redis and three workers itself), the solutions, and
 * `odibi grade` on the solutions end to end. "Before" rows import the
 * TypeScript sources (`../src/index.js`, which the kernel type-checks file by
 * file); "after" rows import the compiled library by name (`odibi-ts`), as
 * the notebooks do. Both run in the same benchmark, one after the other.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchOptions, BenchReport, Target } from './lib/report.js';

interface RunCell { index: number; status: string; cellType: string; durationMs?: number; error?: { name: string; message: string } }
interface RunResult { ok: boolean; cells: RunCell[] }
type RunNotebook = (path: string, options?: { timeoutMs?: number; outputPath?: string; cwd?: string }) => Promise<RunResult>;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LIBRARY = "import { Pipeline, PipelineManager, show } from 'odibi-ts';";
const SOURCES = "import { Pipeline, PipelineManager, show } from '../src/index.js';";
const TARGETS = { importMs: 1_500, importNotebookMs: 4_000, lessonMs: 10_000, workersMs: 45_000, gradeMs: 8_000 };

async function loadRunner(): Promise<RunNotebook> {
  const mod = (await import(join(root, 'src', 'notebook', 'run-notebook.js'))) as { runNotebook: RunNotebook };
  return mod.runNotebook;
}

function writeNotebook(file: string, sources: string[]): string {
  const cells = sources.map((source) => ({ cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source }));
  writeFileSync(file, JSON.stringify({ cells, metadata: { kernelspec: { name: 'tslab', display_name: 'TypeScript', language: 'typescript' } }, nbformat: 4, nbformat_minor: 5 }, null, 1));
  return file;
}

/** The lesson as it was before the compiled build: the same cells importing the TypeScript sources. */
function lessonFromSources(file: string): string {
  const lesson = readFileSync(join(root, 'notebooks', 'lesson.ipynb'), 'utf8');
  writeFileSync(file, lesson.split("from 'odibi-ts'").join("from '../src/index.js'"));
  return file;
}

interface Row { label: string; wallMs?: number; importMs?: number; ok?: boolean; failure?: string; slowest?: string }

/** Where a notebook's time goes: its code cells' total, and the `count` slowest, each as its first line and its seconds. */
function slowestCells(path: string, cells: readonly RunCell[], count: number): string {
  const sources = (JSON.parse(readFileSync(path, 'utf8')) as { cells: Array<{ source: string | string[] }> }).cells.map((c) => (Array.isArray(c.source) ? c.source.join('') : c.source));
  const firstLine = (index: number) => (sources[index] ?? '').split('\n').find((line) => line.trim() !== '')?.trim().slice(0, 70) ?? '';
  const timed = cells.filter((c) => c.cellType === 'code' && c.durationMs !== undefined);
  const total = timed.reduce((sum, c) => sum + c.durationMs!, 0);
  const slowest = [...timed].sort((a, b) => b.durationMs! - a.durationMs!).slice(0, count)
    .map((c) => `cell ${c.index + 1} (\`${firstLine(c.index).replace(/`/g, "'")}\`) ${seconds(c.durationMs)} s`).join(', ');
  return `its ${timed.length} code cells take ${seconds(total)} s together, none long (the slowest: ${slowest})`;
}

async function timeNotebook(run: RunNotebook, label: string, path: string, outDir: string): Promise<Row> {
  const t0 = performance.now();
  const result = await run(path, { timeoutMs: 180_000, cwd: join(root, 'notebooks'), outputPath: join(outDir, `executed-${label.replace(/\W+/g, '-')}.ipynb`) });
  const wallMs = performance.now() - t0;
  const failed = result.cells.find((c) => c.status !== 'ok');
  const failure = failed ? `cell ${failed.index + 1} ${failed.status}${failed.error ? `: ${failed.error.name}: ${failed.error.message.slice(0, 200)}` : ''}` : undefined;
  const first = result.cells.find((c) => c.cellType === 'code');
  return { label, wallMs, importMs: first?.durationMs, ok: result.ok, failure, slowest: slowestCells(path, result.cells, 4) };
}

function timeGrade(outDir: string): Row {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, [join(root, 'bin', 'odibi.js'), 'grade', 'solutions/solutions.ipynb', '--out', join(outDir, 'grades'), '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - t0;
  let failure: string | undefined;
  try {
    const report = JSON.parse(child.stdout) as { earned: number; possible: number };
    if (report.earned !== report.possible) failure = `graded ${report.earned}/${report.possible}, not full marks`;
  } catch {
    failure = `exit ${child.status}: ${child.stderr.slice(0, 300)}`;
  }
  return { label: '`odibi grade solutions/solutions.ipynb`', wallMs, ok: failure === undefined, failure };
}

const seconds = (ms: number | undefined) => (ms === undefined ? 'n/a' : (ms / 1000).toFixed(1));

function target(name: string, measuredMs: number | undefined, limitMs: number, ok: boolean | undefined, explanation: string, next: string): Target {
  if (measuredMs === undefined) return { name, measured: 'n/a', met: null, explanation: 'not measured in this run (tiny size, or the run failed).' };
  const met = measuredMs <= limitMs && ok !== false;
  return { name, measured: `${seconds(measuredMs)} s${ok === false ? ' (a cell failed)' : ''}`, met, ...(met ? {} : { explanation, next }) };
}

/** Runs the notebooks benchmark. */
export async function notebooksBenchmark(options: BenchOptions): Promise<BenchReport> {
  const run = await loadRunner();
  const notes: string[] = [];
  const before: Row[] = [];
  const after: Row[] = [];
  const dir = options.dataDir;
  const measure = async (into: Row[], label: string, path: string) => {
    options.log(`notebooks: ${label}`);
    try {
      into.push(await timeNotebook(run, label, path, dir));
    } catch (error) {
      notes.push(`${label}: the run failed: ${(error as Error).message}`);
    }
  };
  if (options.size === 'full') {
    await measure(after, 'one cell `1 + 1` (kernel start)', writeNotebook(join(dir, 'one-cell.ipynb'), ['1 + 1']));
    await measure(before, 'one import cell', writeNotebook(join(dir, 'import-sources.ipynb'), [SOURCES]));
  }
  await measure(after, 'one import cell', writeNotebook(join(dir, 'import-library.ipynb'), [LIBRARY]));
  if (options.size === 'full') {
    await measure(before, 'lesson', lessonFromSources(join(dir, 'lesson-from-sources.ipynb')));
    await measure(after, 'lesson', join(root, 'notebooks', 'lesson.ipynb'));
    await measure(after, 'workers lesson', join(root, 'notebooks', 'workers.ipynb'));
    await measure(after, 'solutions', join(root, 'solutions', 'solutions.ipynb'));
    options.log('notebooks: odibi grade');
    after.push(timeGrade(dir));
  } else {
    notes.push('Tiny size: only the notebook of one import cell runs (the notebook tests execute the lesson and solutions).');
  }
  for (const r of [...before, ...after].filter((x) => x.failure)) notes.push(`${r.label}: stopped at ${r.failure}`);
  notes.push('"Import s" is the first code cell alone, from sending it to its reply (the kernel compiles the cell, loads the modules and runs it); "Wall s" includes starting the kernel. One run each.');
  const find = (rows: Row[], label: string) => rows.find((r) => r.label === label);
  const importAfter = find(after, 'one import cell');
  const lesson = find(after, 'lesson');
  const kernelStart = find(after, 'one cell `1 + 1` (kernel start)');
  const workers = find(after, 'workers lesson');
  const grade = after.find((r) => r.label.startsWith('`odibi grade'));
  const row = (when: string, r: Row) => [r.label, when, seconds(r.wallMs), r.label === 'one import cell' ? seconds(r.importMs) : '', r.ok === undefined ? 'n/a' : r.ok ? 'yes' : 'no'];
  return {
    id: 'notebooks',
    title: '6. Notebooks: headless execution',
    method: 'Each notebook executed headlessly through `runNotebook` (nbclient driving the tslab kernel) from notebooks/, stopping at the first failing cell. "before" imports the TypeScript sources (`../src/index.js`, type-checked by the kernel file by file); "after" imports the compiled library by name (`odibi-ts`, set-up\'s build in dist/). The grading row runs the `odibi` command as a learner would.',
    tables: [{
      headers: ['Notebook', 'Library from', 'Wall s', 'Import s', 'All cells ok'],
      rows: [...before.map((r) => row('before: ../src (TypeScript)', r)), ...after.map((r) => row(r.label.startsWith('one cell') ? '(no import)' : 'after: odibi-ts (dist/)', r))],
    }],
    targets: [
      target('first library import in a fresh kernel <= 1.5 s', importAfter?.importMs, TARGETS.importMs, importAfter?.ok,
        'the import cell loads Arquero, vega and the library\'s modules, and the kernel type-checks the cell against the declarations.', 'load vega only when a chart is drawn.'),
      target('a notebook of one import cell <= 4 s', importAfter?.wallMs, TARGETS.importNotebookMs, importAfter?.ok,
        `most of it is the kernel starting: ${seconds(kernelStart?.wallMs)} s for a notebook of \`1 + 1\`, against ${seconds(importAfter?.importMs)} s for the import cell.`, 'none within the library: the kernel start is Jupyter\'s and tslab\'s.'),
      target('lesson headless <= 10 s', lesson?.wallMs, TARGETS.lessonMs, lesson?.ok,
        `besides the kernel start (the \`1 + 1\` row), measured in this run: ${lesson?.slowest ?? 'n/a'}.`, 'fewer, larger cells (each cell costs the kernel a type check and a compile of its own), or material moved to the workers lesson.'),
      target('workers lesson headless <= 45 s', workers?.wallMs, TARGETS.workersMs, workers?.ok,
        'it starts Redis and three worker processes (each loading the project through tsx), runs the retail project on them with a cold first attempt per worker, waits out a lost worker (lost_after_ms 1 s after an injected 2 s node), and runs silver twice more.', 'start the workers from the compiled library without tsx when the project has no TypeScript functions.'),
      target('`odibi grade solutions/solutions.ipynb` end to end <= 8 s', grade?.wallMs, TARGETS.gradeMs, grade?.ok,
        'grading compiles every answer cell with the kernel\'s TypeScript (a first type check of the libraries takes seconds) and runs each exercise in a sandboxed process.', 'keep a compiler warm between gradings (a grading service).'),
    ],
    notes,
  };
}
