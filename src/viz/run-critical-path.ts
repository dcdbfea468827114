import type { PipelineResultsData } from '../results/types.js';
import { nodeSpan, type NodeSpan } from './node-span.js';

/**
 * The critical path of a finished run: the chain of nodes, each waiting for
 * the previous one, that ends with the last node to finish. It starts from
 * that node and walks back, each time to the dependency that finished last.
 * Making any other node faster would not have shortened the run.
 *
 * @example
 * ```ts
 * import { runCriticalPath } from 'odibi-ts';
 * runCriticalPath(results); // ['raw_orders', 'clean_orders', 'customer_orders']
 * ```
 */
export function runCriticalPath(results: PipelineResultsData): string[] {
  const spans = new Map<string, NodeSpan>();
  for (const n of results.nodeResults) {
    const span = nodeSpan(n);
    if (span) spans.set(n.name, span);
  }
  const byName = new Map(results.nodeResults.map((n) => [n.name, n]));
  const lastOf = (names: readonly string[]): string | undefined => {
    let best: string | undefined;
    for (const name of names) {
      const span = spans.get(name);
      if (span && (best === undefined || span.end > (spans.get(best) as NodeSpan).end)) best = name;
    }
    return best;
  };
  const path: string[] = [];
  const seen = new Set<string>();
  let current = lastOf([...spans.keys()]);
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    path.unshift(current);
    current = lastOf(byName.get(current)?.dependsOn ?? []);
  }
  return path;
}
