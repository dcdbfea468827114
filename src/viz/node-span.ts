import type { NodeResult } from '../results/types.js';

/** When a node ran, in milliseconds since the run started. */
export interface NodeSpan {
  start: number;
  end: number;
}

/**
 * The time a node occupied in a run, from its first attempt's start to its
 * last attempt's end; undefined for a node that never started.
 *
 * @example
 * ```ts
 * import { nodeSpan } from 'odibi-ts/dist/src/viz/node-span.js';
 * nodeSpan(results.nodeResults[0]); // { start: 0, end: 12 }
 * ```
 */
export function nodeSpan(node: NodeResult): NodeSpan | undefined {
  const start = node.startOffsetMs ?? node.attempts[0]?.startOffsetMs;
  if (start === undefined) return undefined;
  const attemptEnds = node.attempts.map((a) => a.startOffsetMs + a.durationMs);
  return { start, end: Math.max(start + node.durationMs, ...attemptEnds) };
}
