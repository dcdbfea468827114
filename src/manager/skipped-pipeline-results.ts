/**
 * The results of a pipeline that did not run because a pipeline it depends
 * on failed or was skipped: status `skipped`, every node skipped with
 * reason `upstream_pipeline`, the upstream pipeline as root cause and as
 * `skippedBecause`.
 *
 * @example
 * ```ts
 * import { skippedPipelineResults } from 'odibi-ts/dist/src/manager/skipped-pipeline-results.js';
 * const data = skippedPipelineResults(goldConfig, [['report']], 'silver', 'failed', new Date());
 * data.status; // 'skipped'
 * ```
 */
import type { PipelineConfig } from '../config/types.js';
import { emptyNodeResult } from '../node/node-result.js';
import { assembleResults } from '../results/assemble-results.js';
import type { PipelineResultsData, PipelineStatus } from '../results/types.js';

export function skippedPipelineResults(config: PipelineConfig, layers: string[][], upstream: string, upstreamStatus: PipelineStatus, now: Date, project?: string): PipelineResultsData {
  const layerOf = new Map(layers.flatMap((names, i) => names.map((n) => [n, i] as const)));
  const message = `pipeline "${upstream}" ${upstreamStatus === 'skipped' ? 'was skipped' : upstreamStatus === 'partial' ? 'had failures' : 'failed'}`;
  const nodeResults = config.nodes.map((node) => {
    const result = emptyNodeResult(node, 'skipped', layerOf.get(node.name) ?? 0);
    result.skip = { reason: 'upstream_pipeline' as const, rootCause: upstream, message };
    return result;
  });
  const time = now.toISOString();
  return assembleResults({
    pipeline: config.name, project, strategy: config.strategy, maxConcurrency: config.maxConcurrency,
    start: time, end: time, durationMs: 0, nodeResults, layers, contextEvents: [], skippedBecause: upstream,
  });
}
