/**
 * The status rules of a pipeline run: `success` when no node failed or was
 * skipped; `partial` when something failed and at least one node succeeded;
 * `failed` when something failed and none succeeded; `skipped` when an
 * upstream pipeline failed or was skipped (decided by the manager).
 *
 * @example
 * ```ts
 * import { pipelineStatus } from 'odibi-ts/dist/src/results/pipeline-status.js';
 * pipelineStatus({ completed: ['A', 'C'], failed: ['B'], skipped: ['D', 'E'] }); // 'partial'
 * ```
 */
import type { PipelineStatus } from './types.js';

export function pipelineStatus(lists: { completed: readonly string[]; failed: readonly string[]; skipped: readonly string[]; skippedBecause?: string }): PipelineStatus {
  if (lists.skippedBecause !== undefined) return 'skipped';
  if (lists.failed.length === 0 && lists.skipped.length === 0) return 'success';
  return lists.completed.length > 0 ? 'partial' : 'failed';
}
