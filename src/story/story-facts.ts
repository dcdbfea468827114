import { formatDuration } from './format-duration.js';
import type { StoryModel, StoryNode } from './story-model.js';

/** A labelled fact for a header or node table. */
export type StoryFact = [label: string, value: string];

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/**
 * The header facts of a story: project, status, start, end, duration, counts.
 *
 * @example
 * ```ts
 * import { buildStoryModel } from 'odibi-ts';
 * import { headerFacts } from 'odibi-ts/dist/src/story/story-facts.js';
 * headerFacts(buildStoryModel(results.toJSON()));
 * ```
 */
export function headerFacts(model: StoryModel): StoryFact[] {
  const c = model.counts;
  const facts: StoryFact[] = model.project ? [['Project', model.project]] : [];
  return [
    ...facts,
    ['Pipeline', model.pipeline],
    ['Status', model.status],
    ['Started', model.start],
    ['Ended', model.end],
    ['Duration', formatDuration(model.durationMs)],
    ['Nodes', `${c.total}: ${c.success} succeeded, ${c.failed} failed, ${c.skipped} skipped, ${c.notRun} not run`],
  ];
}

/**
 * The facts of one node: status, duration, attempts, rows in and out and
 * their change, layer, dependencies.
 *
 * @example
 * ```ts
 * import { buildStoryModel } from 'odibi-ts';
 * import { nodeFacts } from 'odibi-ts/dist/src/story/story-facts.js';
 * nodeFacts(buildStoryModel(results.toJSON()).nodes[0]);
 * ```
 */
export function nodeFacts(node: StoryNode): StoryFact[] {
  const facts: StoryFact[] = [
    ['Status', node.statusLabel],
    ['Duration', formatDuration(node.durationMs)],
    ['Attempts', String(node.attempts)],
  ];
  if (node.rowsIn !== undefined || node.rowsOut !== undefined) {
    const change = node.rowChange !== undefined ? ` (${signed(node.rowChange)})` : '';
    facts.push(['Rows', `${node.rowsIn ?? '-'} in, ${node.rowsOut ?? '-'} out${change}`]);
  }
  facts.push(['Layer', String(node.layer)], ['Depends on', node.dependsOn.length ? node.dependsOn.join(', ') : 'nothing']);
  if (node.tags.length) facts.push(['Tags', node.tags.join(', ')]);
  if (node.reused) facts.push(['Reused', 'output taken from the previous run']);
  if (node.rerunReason) facts.push(['Re-run because', node.rerunReason]);
  return facts;
}

/**
 * The sentence explaining a skip, naming its root cause.
 *
 * @example
 * ```ts
 * import { skipSentence } from 'odibi-ts/dist/src/story/story-facts.js';
 * skipSentence({ reason: 'upstream_failed', rootCause: 'B', message: 'skipped because B failed' });
 * // 'Skipped because B failed (root cause: B).'
 * ```
 */
export function skipSentence(skip: NonNullable<StoryNode['skip']>): string {
  const message = skip.message.replace(/\.$/, '');
  const cause = skip.rootCause ? ` (root cause: ${skip.rootCause})` : '';
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}${cause}.`;
}
