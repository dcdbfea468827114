/**
 * Benchmark 3: scheduling. A random DAG of 200 I/O-bound nodes (each awaits
 * a timer of a seeded duration) in real time, under each strategy, unbounded
 * and at max_concurrency 4. Wall time is compared with the critical-path
 * bound (the longest chain of durations: no schedule can beat it) and with
 * the best each setting allows.
 */
import type { Strategy } from '../src/config/types.js';
import type { TransformFunction } from '../src/engine/engine.js';
import { randomDag, type DagNode } from './generate/random-dag.js';
import { syntheticPipeline } from './generate/synthetic-pipeline.js';
import { benchConnections } from './lib/bench-connections.js';
import { ms, ratio } from './lib/format.js';
import { loadPipeline, resultsData, type PipelineClass } from './lib/library.js';
import { median } from './lib/measure.js';
import { NoopEngine } from './lib/noop-engine.js';
import type { BenchOptions, BenchReport, Target } from './lib/report.js';
import { randomInt, seededRandom } from './lib/seeded-random.js';

/** A step that waits `params.ms` on a real timer (an I/O-bound node). */
export const wait: TransformFunction = (table, params) =>
  new Promise((resolve) => setTimeout(() => resolve(table), Number(params.ms)));

export interface Bounds {
  /** Longest chain of durations. */
  criticalPath: number;
  /** Sum of all durations (the sequential bound). */
  total: number;
  /** Sum over layers of the longest duration in the layer (the unbounded layers bound). */
  layered: number;
}

/** The lower bounds of a DAG with node durations. */
export function bounds(nodes: DagNode[], durations: Map<string, number>): Bounds {
  const finish = new Map<string, number>();
  const depth = new Map<string, number>();
  const visit = (name: string): number => {
    const known = finish.get(name);
    if (known !== undefined) return known;
    const node = byName.get(name)!;
    let start = 0;
    let d = 0;
    for (const dep of node.dependsOn) {
      start = Math.max(start, visit(dep));
      d = Math.max(d, depth.get(dep)! + 1);
    }
    depth.set(name, d);
    finish.set(name, start + durations.get(name)!);
    return finish.get(name)!;
  };
  const byName = new Map(nodes.map((n) => [n.name, n]));
  let criticalPath = 0;
  for (const node of nodes) criticalPath = Math.max(criticalPath, visit(node.name));
  const layerMax: number[] = [];
  for (const node of nodes) layerMax[depth.get(node.name)!] = Math.max(layerMax[depth.get(node.name)!] ?? 0, durations.get(node.name)!);
  const total = [...durations.values()].reduce((a, b) => a + b, 0);
  return { criticalPath, total, layered: layerMax.reduce((a, b) => a + b, 0) };
}

interface Setting { strategy: Strategy; label: string; maxConcurrency: number }
interface Row extends Setting { wallMs: number; ideal: number; idealLabel: string }

function idealFor(setting: Setting, b: Bounds): [number, string] {
  if (setting.strategy === 'sequential') return [b.total, 'sum of durations'];
  const width = Math.max(b.criticalPath, b.total / setting.maxConcurrency);
  if (setting.strategy === 'layers' && setting.label === 'unbounded') return [b.layered, 'sum of layer maxima'];
  return setting.label === 'unbounded' ? [b.criticalPath, 'critical path'] : [width, `max(critical path, sum / ${setting.maxConcurrency})`];
}

async function wallTime(Pipeline: PipelineClass, nodes: DagNode[], durations: Map<string, number>, setting: Setting): Promise<number> {
  const config = syntheticPipeline(nodes, { name: 'scheduling', strategy: setting.strategy, maxConcurrency: setting.maxConcurrency, fn: 'wait', params: (n) => ({ ms: durations.get(n.name) }) });
  const pipeline = new Pipeline(config, { engine: new NoopEngine(), connections: benchConnections(), functions: new Map([['wait', wait]]), storyWriter: false });
  const t0 = performance.now();
  const results = resultsData(await pipeline.run({ strategy: setting.strategy, maxConcurrency: setting.maxConcurrency }));
  const wall = performance.now() - t0;
  if (results.completed.length !== nodes.length) throw new Error(`scheduling ${setting.strategy}: ${results.completed.length} of ${nodes.length} completed`);
  return wall;
}

function targets(rows: Row[], b: Bounds): Target[] {
  const find = (strategy: Strategy, label: string) => rows.find((r) => r.strategy === strategy && r.label === label);
  const dyn = find('dynamic', 'unbounded');
  if (!dyn) return [{ name: 'dynamic, unbounded: wall <= 1.05x critical path', measured: 'n/a', met: null, explanation: 'the Pipeline runner was not available when this ran.' }];
  const x = dyn.wallMs / b.criticalPath;
  return [{
    name: 'dynamic, unbounded: wall <= 1.05x critical path',
    measured: ratio(x),
    met: x <= 1.05,
    explanation: x <= 1.05 ? undefined : 'timer lateness and event-loop delay add up along the critical path (each of its nodes starts a little after its last dependency ends).',
    next: x <= 1.05 ? undefined : 'profile the dispatch loop between a node\'s end and its dependents\' start (see benchmark 2) and remove per-dispatch work that grows with the number of nodes.',
  }];
}

/** Runs the scheduling benchmark. */
export async function schedulingBenchmark(options: BenchOptions): Promise<BenchReport> {
  const tiny = options.size === 'tiny';
  const n = tiny ? 30 : 200;
  const random = seededRandom(99);
  const nodes = randomDag(n, { seed: 31 });
  const durations = new Map(nodes.map((node) => [node.name, tiny ? randomInt(random, 1, 5) : randomInt(random, 10, 60)]));
  const b = bounds(nodes, durations);
  const Pipeline = await loadPipeline();
  const settings: Setting[] = [
    { strategy: 'sequential', label: '1 (sequential)', maxConcurrency: 1 },
    { strategy: 'layers', label: 'unbounded', maxConcurrency: n },
    { strategy: 'dynamic', label: 'unbounded', maxConcurrency: n },
    { strategy: 'layers', label: '4', maxConcurrency: 4 },
    { strategy: 'dynamic', label: '4', maxConcurrency: 4 },
  ];
  const rows: Row[] = [];
  if (Pipeline) {
    for (const setting of settings) {
      options.log(`scheduling: ${setting.strategy} ${setting.label}`);
      const repeats = tiny || setting.strategy === 'sequential' ? 1 : 3;
      const walls: number[] = [];
      for (let i = 0; i < repeats; i++) walls.push(await wallTime(Pipeline, nodes, durations, setting));
      const [ideal, idealLabel] = idealFor(setting, b);
      rows.push({ ...setting, wallMs: median(walls), ideal, idealLabel });
    }
  }
  const layersU = rows.find((r) => r.strategy === 'layers' && r.label === 'unbounded');
  const dynU = rows.find((r) => r.strategy === 'dynamic' && r.label === 'unbounded');
  const notes = [
    `DAG: ${n} nodes, 2-4 dependencies each (seeded); durations ${tiny ? '1-5' : '10-60'} ms (seeded), sum ${ms(b.total)} ms, critical path ${ms(b.criticalPath)} ms, sum of layer maxima ${ms(b.layered)} ms. Median of 3 runs (sequential: 1).`,
  ];
  if (layersU && dynU) {
    notes.push(`The layer barrier costs ${ms(layersU.wallMs - dynU.wallMs)} ms here (${ratio(layersU.wallMs / dynU.wallMs)} dynamic's time, unbounded): under \`layers\` a node waits for the slowest node of every earlier layer, so the best it can do is the sum of layer maxima (${ms(b.layered)} ms, ${ratio(b.layered / b.criticalPath)} the critical path).`);
  }
  if (!Pipeline) notes.push('Pipeline was not available when this ran: not yet measured.');
  return {
    id: 'scheduling',
    title: '3. Scheduling',
    method: 'Real time: each node awaits a timer. Wall time from `run()` to its results, divided by the critical-path bound, and by the best that setting allows.',
    tables: [{
      headers: ['Strategy', 'max_concurrency', 'Wall ms', 'Wall / critical path', 'Best for this setting', 'Wall / best'],
      rows: rows.map((r) => [r.strategy, r.label, ms(r.wallMs), ratio(r.wallMs / b.criticalPath), `${ms(r.ideal)} (${r.idealLabel})`, ratio(r.wallMs / r.ideal)]),
    }],
    targets: targets(rows, b),
    notes,
  };
}
