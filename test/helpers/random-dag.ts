// Random DAGs for property tests: plain data, so a failing case prints as a readable DAG.
import fc from 'fast-check';
import type { NodeConfig, PipelineConfig, Strategy } from '../../src/config/types.js';
import type { Injection } from '../../src/node/injection.js';
import { node, pipeline } from './node-config.js';

/** One node of a random DAG: its dependencies (earlier nodes) and what is injected. */
export interface DagNode {
  name: string;
  deps: string[];
  /** Virtual milliseconds each attempt takes. */
  delayMs: number;
  /** `fail`: every attempt fails; `flaky`: the first `failTimes` attempts fail. */
  fault: 'none' | 'fail' | 'flaky' | 'random';
  failTimes: number;
  maxAttempts: number;
}

export interface Dag {
  nodes: DagNode[];
  strategy: Strategy;
  maxConcurrency: number;
  /** Seed of the `random` injections. */
  seed: number;
  /** `on_error: fail_fast` instead of the default `fail_later`. */
  failFast?: boolean;
}

const rawNode = fc.record({
  depPicks: fc.uniqueArray(fc.nat({ max: 1000 }), { maxLength: 4 }),
  delayMs: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 50 })),
  fault: fc.constantFrom('none', 'none', 'none', 'none', 'fail', 'flaky', 'random') as fc.Arbitrary<DagNode['fault']>,
  failTimes: fc.integer({ min: 1, max: 3 }),
  maxAttempts: fc.integer({ min: 1, max: 3 }),
});

/** A DAG of 1..maxNodes nodes; node i depends only on nodes before it, so it never has a cycle. */
export function dagArbitrary(strategies: readonly Strategy[], limits: readonly number[], maxNodes = 60): fc.Arbitrary<Dag> {
  return fc
    .record({
      raw: fc.array(rawNode, { minLength: 1, maxLength: maxNodes, size: 'max' }),
      strategy: fc.constantFrom(...strategies),
      maxConcurrency: fc.constantFrom(...limits),
      seed: fc.nat(),
    })
    .map(({ raw, strategy, maxConcurrency, seed }) => ({
      strategy, maxConcurrency, seed,
      nodes: raw.map((r, i) => ({
        name: `n${i}`,
        deps: i === 0 ? [] : [...new Set(r.depPicks.map((p) => `n${p % i}`))].sort(),
        delayMs: r.delayMs, fault: r.fault, failTimes: r.failTimes, maxAttempts: r.maxAttempts,
      })),
    }));
}

/** The pipeline config of a DAG (fake engine, retries without jitter). */
export function dagPipeline(dag: Dag): PipelineConfig {
  const nodes: NodeConfig[] = dag.nodes.map((n) =>
    node(n.name, n.deps, { retry: { maxAttempts: n.maxAttempts, backoff: 'exponential', initialDelayMs: 5, maxDelayMs: 40, jitter: false } }),
  );
  return pipeline('random', nodes, { strategy: dag.strategy, maxConcurrency: dag.maxConcurrency, onError: dag.failFast ? 'fail_fast' : 'fail_later' });
}

/** The injections of a DAG, by node name. */
export function dagInjections(dag: Dag): Record<string, Injection> {
  const inject: Record<string, Injection> = {};
  dag.nodes.forEach((n, i) => {
    const delay = n.delayMs ? { delayMs: n.delayMs } : {};
    if (n.fault === 'fail') inject[n.name] = { fail: true, ...delay };
    else if (n.fault === 'flaky') inject[n.name] = { failTimes: n.failTimes, ...delay };
    else if (n.fault === 'random') inject[n.name] = { random: { rate: 0.5, seed: dag.seed + i }, ...delay };
    else if (n.delayMs) inject[n.name] = delay;
  });
  return inject;
}

/** Whether a node with a deterministic fault fails every attempt; undefined for `random`. */
export function expectedToFail(n: DagNode): boolean | undefined {
  if (n.fault === 'random') return undefined;
  return n.fault === 'fail' || (n.fault === 'flaky' && n.failTimes >= n.maxAttempts);
}

/** Every ancestor of each node (transitive dependencies). */
export function ancestors(dag: Dag): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const n of dag.nodes) {
    const set = new Set<string>();
    for (const d of n.deps) {
      set.add(d);
      for (const a of out.get(d)!) set.add(a);
    }
    out.set(n.name, set);
  }
  return out;
}

/** Layer of each node: 0 without dependencies, else one more than its deepest dependency. */
export function dagLayers(dag: Dag): Map<string, number> {
  const layer = new Map<string, number>();
  for (const n of dag.nodes) layer.set(n.name, n.deps.length ? 1 + Math.max(...n.deps.map((d) => layer.get(d)!)) : 0);
  return layer;
}
