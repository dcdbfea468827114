/**
 * The starting shape of a node's result, before anything ran: used for
 * results that are filled in by running (success, failed) and for nodes that
 * never ran (skipped, notRun).
 *
 * @example
 * ```ts
 * import { emptyNodeResult } from 'odibi-ts/dist/src/node/node-result.js';
 * const node = { name: 'a', dependsOn: [], tags: [], steps: [], cache: false,
 *   retry: { maxAttempts: 1, backoff: 'constant', initialDelayMs: 0, maxDelayMs: 0, jitter: false } } as const;
 * emptyNodeResult({ ...node, dependsOn: [], tags: [], steps: [] }, 'notRun', 0).status; // 'notRun'
 * ```
 */
import type { NodeConfig } from '../config/types.js';
import type { NodeResult, NodeStatus } from '../results/types.js';

export function emptyNodeResult(node: NodeConfig, status: NodeStatus, layer: number): NodeResult {
  const result: NodeResult = {
    name: node.name,
    status,
    dependsOn: [...node.dependsOn],
    layer,
    durationMs: 0,
    attempts: [],
    steps: [],
    validation: [],
    sample: [],
  };
  if (node.description) result.description = node.description;
  if (node.tags.length) result.tags = [...node.tags];
  return result;
}
