import { formatDuration } from '../story/format-duration.js';
import type { DurationExplanation } from './explain-duration.js';

/** What the chain is, read from why its nodes started (not from the strategy's name alone). */
function lead(why: Omit<DurationExplanation, 'summary'>): string {
  const causes = new Set(why.chain.slice(1).map((l) => l.cause));
  if (causes.has('barrier')) return 'the last node of each layer to end, one layer after the other';
  if (why.strategy === 'sequential') return 'one node at a time, so the sum of every node';
  if (causes.has('slot')) return 'nodes that each waited for the one before: a dependency or a free slot';
  return why.chain.length > 1 ? 'the critical path, each node started by its last dependency' : 'its one longest node';
}

function waitsNote(why: Omit<DurationExplanation, 'summary'>): string {
  const barrier = why.waits.filter((w) => w.cause === 'barrier');
  const slot = why.waits.filter((w) => w.cause === 'slot');
  const notes: string[] = [];
  if (barrier.length > 0) notes.push(`${barrier.map((w) => `${w.node} waited ${formatDuration(w.startMs - w.readyMs)}`).join(', ')} at a barrier`);
  if (slot.length > 0 && why.strategy !== 'sequential') notes.push(`${slot.length} node${slot.length === 1 ? '' : 's'} waited for a free slot`);
  return notes.length > 0 ? `; ${notes.join('; ')}` : '';
}

/**
 * The one-sentence summary of a duration explanation, e.g.
 * `layers: the last node of each layer to end, one layer after the other:
 * raw_orders 300 ms + clean_customers 250 ms + customer_orders 50 ms = 600 ms;
 * clean_customers waited 250 ms at a barrier`. A chain of dependencies (a
 * critical path) is joined by `→`, any other by `+`.
 *
 * @example
 * ```ts
 * import { explainDuration } from 'odibi-ts';
 * explainDuration(results).summary; // 'dynamic: the critical path, ...'
 * ```
 */
export function describeDuration(why: Omit<DurationExplanation, 'summary'>): string {
  if (why.chain.length === 0) return `${why.strategy}: no node ran`;
  const joiner = why.chain.every((l, i) => i === 0 || l.cause === 'dependency') ? ' → ' : ' + ';
  const parts = why.chain.map((l) => `${l.node} ${formatDuration(l.endMs - l.startMs)}`);
  const sum = why.chain.reduce((total, l) => total + l.endMs - l.startMs, 0);
  const outside = why.durationMs - sum;
  const rest = outside >= Math.max(1, why.durationMs * 0.01) ? ` (of ${formatDuration(why.durationMs)}: ${formatDuration(outside)} outside these nodes)` : '';
  return `${why.strategy}: ${lead(why)}: ${parts.join(joiner)} = ${formatDuration(sum)}${rest}${waitsNote(why)}`;
}
