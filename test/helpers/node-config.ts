// Builders for normalised node and pipeline configs in tests.
import type { NodeConfig, PipelineConfig, StepConfig } from '../../src/config/types.js';

export function op(operation: string, params: Record<string, unknown> = {}): StepConfig {
  return { kind: 'operation', operation, params };
}

/** A node; without dependencies it reads `<name>.csv` from connection `data`. */
export function node(name: string, dependsOn: string[] = [], extra: Partial<NodeConfig> = {}): NodeConfig {
  const read = dependsOn.length ? undefined : { connection: 'data', path: `${name}.csv`, format: 'csv' as const, options: {} };
  return {
    name, dependsOn, read, tags: [], steps: [op('set', { column: name, value: true })], cache: false,
    retry: { maxAttempts: 1, backoff: 'exponential', initialDelayMs: 100, maxDelayMs: 30_000, jitter: false },
    ...extra,
  };
}

export function pipeline(name: string, nodes: NodeConfig[], extra: Partial<PipelineConfig> = {}): PipelineConfig {
  return { name, dependsOn: [], strategy: 'dynamic', maxConcurrency: 4, onError: 'fail_later', engine: 'fake', nodes, ...extra };
}
