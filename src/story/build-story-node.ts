import type { NodeResult } from '../results/types.js';
import { statusLabel } from '../viz/status-colors.js';
import { columnChanges } from './column-changes.js';
import type { StoryNode } from './story-model.js';

function sampleColumns(rows: readonly Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

function schemaComparison(node: NodeResult, byName: ReadonlyMap<string, NodeResult>) {
  const first = node.dependsOn[0];
  const input = first === undefined ? undefined : byName.get(first)?.schema;
  if (!node.schema || !input || first === undefined) return { columnsAdded: [], columnsRemoved: [] };
  const { added, removed } = columnChanges(node.schema, input);
  return { comparedWith: first, columnsAdded: added, columnsRemoved: removed };
}

/**
 * One node's part of the story: its result plus what is worth saying about
 * it (row change, columns added and removed against its first dependency,
 * the errors of retried attempts).
 *
 * @example
 * ```ts
 * import { buildStoryNode } from 'odibi-ts/dist/src/story/build-story-node.js';
 * const byName = new Map(results.nodeResults.map((n) => [n.name, n]));
 * buildStoryNode(results.nodeResults[2], byName, 10).columnsAdded;
 * ```
 */
export function buildStoryNode(node: NodeResult, byName: ReadonlyMap<string, NodeResult>, maxSampleRows: number): StoryNode {
  const sample = node.sample.slice(0, Math.max(0, maxSampleRows));
  const rowChange = node.rowsIn !== undefined && node.rowsOut !== undefined ? node.rowsOut - node.rowsIn : undefined;
  return {
    name: node.name,
    description: node.description,
    status: node.status,
    statusLabel: statusLabel(node.status),
    layer: node.layer,
    dependsOn: [...node.dependsOn],
    tags: [...(node.tags ?? [])],
    durationMs: node.durationMs,
    attempts: node.attempts.length,
    attemptErrors: node.attempts.flatMap((a) => (a.error ? [{ attempt: a.attempt, code: a.error.code, message: a.error.message }] : [])),
    rowsIn: node.rowsIn,
    rowsOut: node.rowsOut,
    rowChange,
    schema: node.schema,
    ...schemaComparison(node, byName),
    steps: node.steps,
    validation: node.validation,
    sample,
    sampleColumns: sampleColumns(sample),
    error: node.error,
    skip: node.skip,
    reused: node.reused,
    rerunReason: node.rerunReason,
  };
}
