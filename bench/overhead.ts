/**
 * Benchmark 2: orchestration overhead. 10,000 no-op nodes (a chain and a
 * wide fan) through `Pipeline.run` on the no-op engine, stories off, against
 * calling the same function directly, once per node.
 */
import type { ColumnTable } from 'arquero';
import type { Strategy } from '../src/config/types.js';
import type { FunctionContext, TransformFunction } from '../src/engine/engine.js';
import { chainDag, fanDag, syntheticPipeline } from './generate/synthetic-pipeline.js';
import type { DagNode } from './generate/random-dag.js';
import { count, ms } from './lib/format.js';
import { loadPipeline, resultsData, type PipelineClass } from './lib/library.js';
import { measure } from './lib/measure.js';
import { NOOP_TABLE, NoopEngine } from './lib/noop-engine.js';
import { benchConnections } from './lib/bench-connections.js';
import type { BenchOptions, BenchReport, Target } from './lib/report.js';

const STRATEGIES: Strategy[] = ['sequential', 'layers', 'dynamic'];
const TARGET_US = 20;

/** The no-op step every node runs. */
export const noop: TransformFunction = (table) => table;

async function direct(nodes: DagNode[]): Promise<void> {
  const ctx: FunctionContext = { node: '', tables: { get: () => NOOP_TABLE, has: () => true, names: () => [] }, signal: new AbortController().signal };
  const out = new Map<string, ColumnTable>();
  for (const node of nodes) {
    const input = node.dependsOn.length ? out.get(node.dependsOn[0]!)! : NOOP_TABLE;
    out.set(node.name, await noop(input, {}, ctx));
  }
}

interface Row { shape: string; strategy: Strategy; n: number; runMs: number; directMs: number; perNodeUs: number }

async function measureOne(Pipeline: PipelineClass, shape: string, nodes: DagNode[], strategy: Strategy, options: BenchOptions): Promise<Row> {
  const config = syntheticPipeline(nodes, { name: `overhead_${shape}`, strategy, fn: 'noop' });
  const engine = new NoopEngine();
  const functions = new Map([['noop', noop]]);
  const runs = options.size === 'tiny' ? { warmup: 0, runs: 1 } : { warmup: 1, runs: 5, budgetMs: 20_000 };
  const run = async (): Promise<void> => {
    const pipeline = new Pipeline(config, { engine, connections: benchConnections(), functions, story: false });
    const results = resultsData(await pipeline.run({ strategy }));
    if (results.completed.length !== nodes.length) throw new Error(`${shape}/${strategy}: ${results.completed.length} of ${nodes.length} nodes completed (${results.status})`);
  };
  const runMs = (await measure(run, runs)).median;
  const directMs = (await measure(() => direct(nodes), { warmup: 2, runs: 7 })).median;
  return { shape, strategy, n: nodes.length, runMs, directMs, perNodeUs: ((runMs - directMs) * 1000) / nodes.length };
}

function targets(rows: Row[]): Target[] {
  if (rows.length === 0) return [{ name: `<= ${TARGET_US} us/node`, measured: 'n/a', met: null, explanation: 'the Pipeline runner was not available when this ran.' }];
  return rows.map((r) => {
    const met = r.perNodeUs <= TARGET_US;
    return {
      name: `${r.shape}, ${r.strategy}: <= ${TARGET_US} us/node`,
      measured: `${r.perNodeUs.toFixed(1)} us`,
      met,
    };
  });
}

/** Runs the orchestration-overhead benchmark. */
export async function overheadBenchmark(options: BenchOptions): Promise<BenchReport> {
  const Pipeline = await loadPipeline();
  const n = options.size === 'tiny' ? 200 : 10_000;
  const rows: Row[] = [];
  if (Pipeline) {
    for (const [shape, nodes] of [['chain', chainDag(n)], ['fan', fanDag(n)]] as const) {
      for (const strategy of STRATEGIES) {
        options.log(`overhead: ${shape} ${strategy}`);
        rows.push(await measureOne(Pipeline, shape, nodes, strategy, options));
      }
    }
  }
  return {
    id: 'overhead',
    title: '2. Orchestration overhead',
    method: `${count(n)} no-op nodes through \`Pipeline.run\` (a bench engine whose reads and steps do nothing; stories off; default max_concurrency 4), against calling the same no-op function once per node directly. Overhead per node = (run time - direct time) / nodes; median of up to 5 runs after a warm-up, a new Pipeline each run (its construction not timed).`,
    tables: [{
      headers: ['Shape', 'Strategy', 'Nodes', 'Pipeline.run ms', 'Direct calls ms', 'Overhead us/node', 'Run / direct'],
      rows: rows.map((r) => [r.shape, r.strategy, count(r.n), ms(r.runMs), ms(r.directMs), r.perNodeUs.toFixed(1), `${(r.runMs / r.directMs).toFixed(0)}x`]),
    }],
    targets: targets(rows),
    notes: Pipeline ? [] : ['Pipeline was not available when this ran: not yet measured.'],
  };
}
