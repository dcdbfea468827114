import { NODE_STATUSES } from '../results/results-schema.js';
import type { NodeStatus } from '../results/types.js';

/** The label a chart or story shows for a node status. */
export type StatusLabel = Exclude<NodeStatus, 'notRun'> | 'not run';

/** Status labels in legend order. */
export const STATUS_LABELS: readonly StatusLabel[] = NODE_STATUSES.map(statusLabel);

/** One colour per status label, in the order of {@link STATUS_LABELS}. */
export const STATUS_COLORS: readonly string[] = ['#2e7d32', '#c62828', '#ef8f00', '#9e9e9e'];

/**
 * The label of a node status (`notRun` reads `not run`).
 *
 * @example
 * ```ts
 * import { statusLabel } from 'odibi-ts/dist/src/viz/status-colors.js';
 * statusLabel('notRun'); // 'not run'
 * ```
 */
export function statusLabel(status: NodeStatus): StatusLabel {
  return status === 'notRun' ? 'not run' : status;
}

/**
 * The Vega-Lite colour encoding shared by every status-coloured chart, so a
 * status has the same colour everywhere.
 *
 * @example
 * ```ts
 * import { statusColorEncoding } from 'odibi-ts/dist/src/viz/status-colors.js';
 * statusColorEncoding('status').scale; // { domain: [...], range: [...] }
 * ```
 */
export function statusColorEncoding(field: string): Record<string, unknown> {
  return {
    field,
    type: 'nominal',
    title: 'status',
    scale: { domain: [...STATUS_LABELS], range: [...STATUS_COLORS] },
  };
}
