import type { Strategy } from '../config/types.js';
import type { NodeResult, PipelineResultsData } from '../results/types.js';
import { describeDuration } from './describe-duration.js';
import { nodeSpan, type NodeSpan } from './node-span.js';

/** What made a run as long as it was: see {@link explainDuration}. */
export interface DurationExplanation {
  pipeline: string;
  strategy: Strategy;
  durationMs: number;
  /** The chain of nodes that made the run this long: upstream first, ending with the node that ended last; empty when nothing ran. */
  chain: {
    node: string;
    /** Milliseconds since the run started. */
    startMs: number;
    endMs: number;
    /**
     * Why it started when it did: at the run's `start`; when a `dependency`
     * ended; when the layer `barrier` lifted (`layers`: the last node of the
     * earlier layers ended); or when a `slot` came free (`sequential` runs one
     * node at a time, `max_concurrency` caps the others).
     */
    cause: 'start' | 'dependency' | 'barrier' | 'slot';
    /** The node whose end let this one start (absent for `start`). */
    after?: string;
    /** From `after`'s end (or the run's start) to this node's start: the scheduler's own time, about 0. */
    gapMs: number;
  }[];
  /** Every node that waited although it was ready (its dependencies had ended), in declaration order. */
  waits: {
    node: string;
    /** When its last dependency ended (0 without dependencies). */
    readyMs: number;
    startMs: number;
    cause: 'barrier' | 'slot';
    /** The node whose end let it start. */
    after: string;
  }[];
  /** `layers` runs: when each layer after the first could start. */
  barriers: { layer: number; atMs: number }[];
  /** One sentence, e.g. `layers: the last node of each layer to end, ...: raw_orders 300 ms + ... = 600 ms`. */
  summary: string;
}

/** One link of {@link DurationExplanation.chain}. */
export type DurationLink = DurationExplanation['chain'][number];

type Release = Omit<DurationLink, 'node' | 'startMs' | 'endMs'>;

interface Ran {
  result: NodeResult;
  span: NodeSpan;
}

/** Ends closer than this count as the same moment: 1 ms, or 1% of a long run (a real clock's scheduling noise). */
function toleranceOf(results: PipelineResultsData): number {
  return Math.max(1, results.durationMs * 0.01);
}

/** The node with the latest end among `names` (the first declared on a tie). */
function latest(names: Iterable<string>, ran: ReadonlyMap<string, Ran>): Ran | undefined {
  let best: Ran | undefined;
  for (const name of names) {
    const r = ran.get(name);
    if (r && (best === undefined || r.span.end > best.span.end)) best = r;
  }
  return best;
}

/** When `node` could have started: when its last dependency that ran ended. */
function readyAt(node: Ran, ran: ReadonlyMap<string, Ran>): { at: number; dependency?: Ran } {
  const dependency = latest(node.result.dependsOn, ran);
  return { at: dependency?.span.end ?? 0, dependency };
}

/** How many other nodes were running just before `node` started (one that ended right then included). */
function runningBefore(node: Ran, ran: ReadonlyMap<string, Ran>, tolerance: number): number {
  let count = 0;
  for (const other of ran.values()) if (other !== node && other.span.start < node.span.start && other.span.end >= node.span.start - tolerance) count++;
  return count;
}

/**
 * What let `node` start: whichever ended closest to its start, within the
 * tolerance, of its last dependency, a node of an earlier layer (layers: the
 * barrier) and a node that freed a slot (when the run was at its limit); a
 * tie goes to that order. A delay none of these explains is the
 * run's own time (the event loop, set-up): the node is then linked to its
 * dependency (or the run's start) across that gap. Only a node that started
 * earlier can free a slot or lift a barrier, so the walk back cannot loop.
 */
function releaseOf(node: Ran, ran: ReadonlyMap<string, Ran>, results: PipelineResultsData, tolerance: number): Release {
  const start = node.span.start;
  const ready = readyAt(node, ran);
  const own: Release = ready.dependency
    ? { cause: 'dependency', after: ready.dependency.result.name, gapMs: Math.max(0, start - ready.at) }
    : { cause: 'start', gapMs: start };
  const options: { release: Release; distance: number }[] = [];
  if (start - ready.at <= tolerance) options.push({ release: own, distance: start - ready.at });
  // The node (of those that started earlier) whose end is closest to this start frees a slot or lifts a barrier.
  const nearest = (cause: 'barrier' | 'slot', among: (r: Ran) => boolean) => {
    let best: Ran | undefined;
    for (const r of ran.values()) {
      if (r.span.start >= start || Math.abs(start - r.span.end) > tolerance || !among(r)) continue;
      if (best === undefined || Math.abs(start - r.span.end) < Math.abs(start - best.span.end)) best = r;
    }
    if (best) options.push({ release: { cause, after: best.result.name, gapMs: Math.max(0, start - best.span.end) }, distance: Math.abs(start - best.span.end) });
  };
  if (results.strategy === 'layers') nearest('barrier', (r) => r.result.layer < node.result.layer);
  const limit = results.strategy === 'sequential' ? 1 : results.maxConcurrency;
  if (runningBefore(node, ran, tolerance) >= limit) nearest('slot', () => true);
  if (options.length === 0) return own;
  return options.reduce((best, o) => (o.distance < best.distance ? o : best)).release;
}

function barriersOf(results: PipelineResultsData, ran: ReadonlyMap<string, Ran>): { layer: number; atMs: number }[] {
  if (results.strategy !== 'layers') return [];
  const barriers: { layer: number; atMs: number }[] = [];
  for (let layer = 1; layer < results.layers.length; layer++) {
    const earlier = results.layers.slice(0, layer).flat();
    const last = latest(earlier, ran);
    const next = results.layers[layer]!.some((name) => ran.has(name));
    if (last && next) barriers.push({ layer, atMs: last.span.end });
  }
  return barriers;
}

/**
 * What made a finished run as long as it was, for any strategy. Starting
 * from the node that ended last, it walks back to whatever let each node
 * start: its last dependency when it started as soon as that ended, else
 * the node whose end freed it (the layer barrier under `layers`, a free
 * slot under `sequential` or `max_concurrency`). Under `sequential` that
 * chain is every node (the run is their sum); under `layers` it is the last
 * node of each layer to end, joined by barriers; under `dynamic` it is the
 * critical path. Shortening a node off the chain would not have shortened
 * the run. Also lists every node that waited although it was ready.
 *
 * @example
 * ```ts
 * import { explainDuration } from 'odibi-ts';
 * const why = explainDuration(results);
 * why.chain.map((link) => link.node); // ['raw_orders', 'clean_orders', 'customer_orders']
 * why.summary; // 'dynamic: the critical path: raw_orders 300 ms → clean_orders 50 ms → customer_orders 50 ms = 400 ms'
 * ```
 */
export function explainDuration(results: PipelineResultsData): DurationExplanation {
  const ran = new Map<string, Ran>();
  for (const result of results.nodeResults) {
    const span = nodeSpan(result);
    if (span) ran.set(result.name, { result, span });
  }
  const tolerance = toleranceOf(results);
  const chain: DurationLink[] = [];
  for (let node = latest(ran.keys(), ran); node !== undefined && !chain.some((l) => l.node === node!.result.name);) {
    const release = releaseOf(node, ran, results, tolerance);
    chain.unshift({ node: node.result.name, startMs: node.span.start, endMs: node.span.end, ...release });
    node = release.after === undefined ? undefined : ran.get(release.after);
  }
  const waits: DurationExplanation['waits'] = [];
  for (const node of ran.values()) {
    const ready = readyAt(node, ran).at;
    if (node.span.start - ready <= tolerance) continue;
    const release = releaseOf(node, ran, results, tolerance);
    if (release.after !== undefined && (release.cause === 'barrier' || release.cause === 'slot')) {
      waits.push({ node: node.result.name, readyMs: ready, startMs: node.span.start, cause: release.cause, after: release.after });
    }
  }
  const explained = { pipeline: results.pipeline, strategy: results.strategy, durationMs: results.durationMs, chain, waits, barriers: barriersOf(results, ran) };
  return { ...explained, summary: describeDuration(explained) };
}
