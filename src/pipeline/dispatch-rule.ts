/**
 * The only difference between the strategies: when a ready node (all its
 * dependencies succeeded, a free slot under max_concurrency) may start.
 * - `dynamic`: at once (what production engines do);
 * - `layers`: only when every node of the earlier layers has ended (a barrier
 *   between layers, as the course teaches);
 * - `sequential`: only when nothing else is running (one at a time, in order).
 *
 * The scheduler offers ready nodes lowest layer first, then in topological
 * order, and stops at the first refusal: a rule that refuses a node must
 * refuse every node offered after it (all three do).
 *
 * @example
 * ```ts
 * import { dispatchRule } from 'odibi-ts';
 * const canStart = dispatchRule('layers');
 * canStart('clean_orders', { running: 1, currentLayer: 0, layerOf: () => 1 }); // false: layer 0 is not done
 * ```
 */
import type { Strategy } from '../config/types.js';

/** What a dispatch rule may look at. */
export interface SchedulerView {
  /** Nodes running now. */
  running: number;
  /** The lowest layer that still has a node waiting or running. */
  currentLayer: number;
  layerOf(name: string): number;
}

export type DispatchRule = (node: string, view: SchedulerView) => boolean;

const RULES: Record<Strategy, DispatchRule> = {
  dynamic: () => true,
  layers: (node, view) => view.layerOf(node) <= view.currentLayer,
  sequential: (_node, view) => view.running === 0,
};

export function dispatchRule(strategy: Strategy): DispatchRule {
  return RULES[strategy];
}
