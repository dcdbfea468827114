/**
 * Pipeline configurations built in code for the runner benchmarks: every
 * node runs one function step; root nodes read from a connection named
 * `mem` (the bench engines ignore what they read).
 */
import { DEFAULTS, type NodeConfig, type PipelineConfig, type Strategy } from '../../src/config/types.js';
import type { DagNode } from './random-dag.js';

export interface SyntheticOptions {
  name: string;
  strategy?: Strategy;
  maxConcurrency?: number;
  /** The function each node's single step calls. */
  fn: string;
  /** Params of a node's step (default `{}`). */
  params?: (node: DagNode, index: number) => Record<string, unknown>;
}

/** One node of a synthetic pipeline. */
export function syntheticNode(node: DagNode, fn: string, params: Record<string, unknown>): NodeConfig {
  return {
    name: node.name,
    dependsOn: node.dependsOn,
    tags: [],
    read: node.dependsOn.length === 0 ? { connection: 'mem', path: 'source', format: 'arrow', options: {} } : undefined,
    steps: [{ kind: 'function', function: fn, params }],
    cache: false,
    retry: { ...DEFAULTS.retry },
  };
}

/** A pipeline whose nodes are `nodes`, each running the function `fn`. */
export function syntheticPipeline(nodes: DagNode[], options: SyntheticOptions): PipelineConfig {
  return {
    name: options.name,
    dependsOn: [],
    strategy: options.strategy ?? DEFAULTS.strategy,
    maxConcurrency: options.maxConcurrency ?? DEFAULTS.maxConcurrency,
    onError: DEFAULTS.onError,
    engine: 'bench',
    nodes: nodes.map((node, i) => syntheticNode(node, options.fn, options.params?.(node, i) ?? {})),
  };
}

/** A chain of `n` nodes: each depends on the one before. */
export function chainDag(n: number): DagNode[] {
  return Array.from({ length: n }, (_, i) => ({ name: `c${i}`, dependsOn: i === 0 ? [] : [`c${i - 1}`] }));
}

/** A wide fan: one root and `n - 1` nodes that depend only on it. */
export function fanDag(n: number): DagNode[] {
  return Array.from({ length: n }, (_, i) => ({ name: `f${i}`, dependsOn: i === 0 ? [] : ['f0'] }));
}
