/**
 * What a running pipeline tells its listeners. Progress views, charts and
 * the CLI subscribe; the runner never prints.
 *
 * @example
 * ```ts
 * import type { RunListener } from 'odibi-ts';
 * const log: RunListener = (event) => {
 *   if (event.type === 'node:end') console.log(event.node, event.result.status, event.result.durationMs);
 * };
 * ```
 */
import type { ErrorInfo, NodeResult, PipelineResultsData } from '../results/types.js';

export type RunEvent =
  | { type: 'pipeline:start'; pipeline: string; nodes: string[]; layers: string[][]; time: string }
  | { type: 'pipeline:end'; pipeline: string; results: PipelineResultsData }
  | { type: 'node:start'; pipeline: string; node: string; attempt: number; offsetMs: number }
  /** A worker took the attempt (queue executor): sent after `node:start`, once per attempt. */
  | { type: 'node:worker'; pipeline: string; node: string; attempt: number; worker: string }
  | { type: 'node:retry'; pipeline: string; node: string; attempt: number; delayMs: number; error: ErrorInfo }
  | { type: 'node:end'; pipeline: string; node: string; result: NodeResult }
  | { type: 'node:skip'; pipeline: string; node: string; result: NodeResult };

export type RunListener = (event: RunEvent) => void;
