/**
 * Child process of the memory benchmark (one fresh process per mode, so
 * peak RSS is this run's own). Builds a table of `rows` rows, runs a chain of
 * `nodes` nodes that each rewrite every column (so each output is a whole new
 * table), and prints peak RSS and the table size as JSON.
 * `release` passes V8's collector as the run's `collect` option (it runs once
 * the released tables reach 8 MB and the live ones); `release-v8` is the
 * runner's default, where V8 alone decides when released tables are freed.
 * Usage: node --expose-gc --import tsx bench/memory-child.ts release|release-v8|keep ROWS NODES
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Connection } from '../src/connections/connection.js';
import type { Engine, TransformFunction } from '../src/engine/engine.js';
import { chainDag, syntheticPipeline } from './generate/synthetic-pipeline.js';
import { loadExport, loadPipeline, resultsData } from './lib/library.js';
import { collectGarbage, exposedGc } from './lib/measure.js';
import { seededRandom } from './lib/seeded-random.js';

/** Each node: a new table with every column rewritten. */
export const bump: TransformFunction = (table) => table.derive({ a: (d: { a: number }) => d.a + 1, b: (d: { b: number }) => d.b * 1.0001 });

function sourceTable(rows: number): ColumnTable {
  const random = seededRandom(5);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rows; i++) {
    a.push(random());
    b.push(random() * 100);
  }
  return aq.table({ a, b });
}

const rssMb = (): number => process.memoryUsage().rss / 1024 / 1024;
const peakMb = (): number => process.resourceUsage().maxRSS / 1024;

async function main(): Promise<void> {
  const [mode, rowsArg, nodesArg] = process.argv.slice(2);
  const rows = Number(rowsArg);
  if (mode === 'release' && !exposedGc) throw new Error('the release mode collects through V8\'s gc: run node with --expose-gc');
  const Pipeline = await loadPipeline();
  const ArqueroEngine = await loadExport<new () => Engine<ColumnTable>>('ArqueroEngine');
  const MemoryConnection = await loadExport<new (name: string) => Connection>('MemoryConnection');
  if (!Pipeline || !ArqueroEngine || !MemoryConnection) throw new Error('Pipeline, ArqueroEngine or MemoryConnection is not available yet');
  const engine = new ArqueroEngine();
  const functions = new Map([['bump', bump]]);
  const run = async (table: ColumnTable, n: number): Promise<unknown[]> => {
    const mem = new MemoryConnection('mem');
    mem.putTable!('source', table);
    const config = syntheticPipeline(chainDag(n), { name: 'memory', strategy: 'sequential', maxConcurrency: 1, fn: 'bump' });
    const results = resultsData(await new Pipeline(config, { engine, connections: { mem }, functions, storyWriter: false }).run({ keep: mode === 'keep', collect: mode === 'release' ? exposedGc : undefined }));
    if (results.completed.length !== n) throw new Error(`memory: ${results.completed.length} of ${n} nodes completed (${results.status})`);
    return [...(results.contextEvents ?? [])];
  };
  await run(sourceTable(1000), 3); // warm-up: compile the code paths first
  collectGarbage();
  const beforeTable = rssMb();
  const source = sourceTable(rows);
  collectGarbage();
  const baseline = rssMb();
  const baselinePeak = peakMb();
  const t0 = performance.now();
  const events = await run(source, Number(nodesArg));
  const durationMs = performance.now() - t0;
  console.log(JSON.stringify({ mode, rows, baseline, baselinePeak, peak: peakMb(), tableMb: baseline - beforeTable, approxMb: engine.approxBytes(source) / 1024 / 1024, durationMs, events: events.length }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
