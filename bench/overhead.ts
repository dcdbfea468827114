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
import { profileCall } from './lib/cpu-profile.js';
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

interface Row { shape: string; strategy: Strategy; n: number; runMs: number; runs: number; directMs: number; perNodeUs: number }

/** A runner's timed part and its untimed set-up (a new Pipeline each run). */
interface Runner { setup(): void; run(): Promise<void> }

/** A first run (the warm-up); when it took over 10 s it is the only one, else the median of up to 5 more. */
async function timeRuns(runner: Runner, tiny: boolean): Promise<{ median: number; runs: number }> {
  runner.setup();
  const t0 = performance.now();
  await runner.run();
  const first = performance.now() - t0;
  if (tiny || first > 10_000) return { median: first, runs: 1 };
  const m = await measure(runner.run, { warmup: 0, runs: 5, budgetMs: 20_000, setup: runner.setup });
  return { median: m.median, runs: m.runs };
}

function runner(Pipeline: PipelineClass, shape: string, nodes: DagNode[], strategy: Strategy): Runner {
  const config = syntheticPipeline(nodes, { name: `overhead_${shape}`, strategy, fn: 'noop' });
  const engine = new NoopEngine();
  const functions = new Map([['noop', noop]]);
  let pipeline: InstanceType<PipelineClass> | undefined;
  return {
    setup: () => void (pipeline = new Pipeline(config, { engine, connections: benchConnections(), functions, storyWriter: false })),
    run: async () => {
      const results = resultsData(await pipeline!.run({ strategy }));
      if (results.completed.length !== nodes.length) throw new Error(`${shape}/${strategy}: ${results.completed.length} of ${nodes.length} nodes completed (${results.status})`);
    },
  };
}

async function measureOne(Pipeline: PipelineClass, shape: string, nodes: DagNode[], strategy: Strategy, options: BenchOptions): Promise<Row> {
  const run = runner(Pipeline, shape, nodes, strategy);
  const timed = await timeRuns(run, options.size === 'tiny');
  const directMs = (await measure(() => direct(nodes), { warmup: 2, runs: 7 })).median;
  return { shape, strategy, n: nodes.length, runMs: timed.median, runs: timed.runs, directMs, perNodeUs: ((timed.median - directMs) * 1000) / nodes.length };
}

function targets(rows: Row[], n: number): Target[] {
  const big = rows.filter((r) => r.n === n);
  if (big.length === 0) return [{ name: `<= ${TARGET_US} us/node`, measured: 'n/a', met: null, explanation: 'the Pipeline runner was not available when this ran.' }];
  return big.map((r) => {
    const met = r.perNodeUs <= TARGET_US;
    const small = rows.find((s) => s.n < r.n && s.shape === r.shape && s.strategy === r.strategy);
    const growth = small ? r.perNodeUs / small.perNodeUs : 1;
    return {
      name: `${r.shape}, ${r.strategy}: <= ${TARGET_US} us/node`,
      measured: `${r.perNodeUs.toFixed(1)} us`,
      met,
      explanation: met ? undefined : growth > 2
        ? `the cost per node grows with the number of nodes (${growth.toFixed(1)}x from ${count(small!.n)} to ${count(r.n)} nodes): some work per node scans every node (see the profile table above).`
        : 'a constant cost per node (see the profile table above): each node gets a full result record (ISO timestamps, attempt and step records, schema and sample), two context events, a release check and about a dozen promise hops between the scheduler, the node and the engine.',
      next: met ? undefined : 'a lighter path for nodes without retries, timeouts or listeners (fewer awaits; timestamps as numbers, turned into ISO text only when results are read); then re-run `npm run bench -- --only overhead`.',
    };
  });
}

/** Runs the orchestration-overhead benchmark. */
export async function overheadBenchmark(options: BenchOptions): Promise<BenchReport> {
  const Pipeline = await loadPipeline();
  const sizes = options.size === 'tiny' ? [200] : [1_000, 10_000];
  const n = sizes[sizes.length - 1]!;
  const rows: Row[] = [];
  if (Pipeline) {
    for (const shape of ['chain', 'fan'] as const) {
      for (const strategy of STRATEGIES) {
        for (const size of sizes) {
          options.log(`overhead: ${shape} ${strategy} ${count(size)}`);
          rows.push(await measureOne(Pipeline, shape, shape === 'chain' ? chainDag(size) : fanDag(size), strategy, options));
        }
      }
    }
  }
  const tables: BenchReport['tables'] = [];
  const worst = rows.filter((r) => r.n === n).sort((a, b) => b.perNodeUs - a.perNodeUs)[0];
  if (Pipeline && worst && worst.perNodeUs > TARGET_US && options.size === 'full') {
    const pn = 3_000;
    options.log(`overhead: profiling ${worst.shape} ${worst.strategy} at ${pn} nodes`);
    const profiled = runner(Pipeline, worst.shape, worst.shape === 'chain' ? chainDag(pn) : fanDag(pn), worst.strategy);
    profiled.setup();
    const spots = await profileCall(profiled.run);
    tables.push({
      caption: `Where the time goes: self time in one profiled run of the slowest case (${worst.shape}, ${worst.strategy}) at ${count(pn)} nodes (V8 sampling profiler, idle time excluded).`,
      headers: ['Function (file)', 'Share', 'ms'],
      rows: spots.map((s) => [s.where, `${(s.share * 100).toFixed(1)}%`, ms(s.ms)]),
    });
  }
  return {
    id: 'overhead',
    title: '2. Orchestration overhead',
    method: `${count(n)} no-op nodes through \`Pipeline.run\` (a bench engine whose reads and steps do nothing; stories off; default max_concurrency 4), against calling the same no-op function once per node directly. Overhead per node = (run time - direct time) / nodes; median of up to 5 runs after a warm-up (a single run when the warm-up took over 10 s), a new Pipeline each run (its construction not timed). The 1,000-node rows show how the cost per node grows.`,
    tables: [{
      headers: ['Shape', 'Strategy', 'Nodes', 'Pipeline.run ms', 'Runs', 'Direct calls ms', 'Overhead us/node', 'Run / direct'],
      rows: rows.map((r) => [r.shape, r.strategy, count(r.n), ms(r.runMs), String(r.runs), ms(r.directMs), r.perNodeUs.toFixed(1), `${(r.runMs / r.directMs).toFixed(0)}x`]),
    }, ...tables],
    targets: targets(rows, n),
    notes: Pipeline ? [] : ['Pipeline was not available when this ran: not yet measured.'],
  };
}
