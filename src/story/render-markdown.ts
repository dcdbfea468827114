import { escapeMarkdown as md } from './escape-markdown.js';
import { renderMarkdownNode } from './render-markdown-node.js';
import { headerFacts } from './story-facts.js';
import type { StoryModel } from './story-model.js';
import { workerRows } from './worker-rows.js';

/** Options of {@link renderMarkdown}. */
export interface RenderMarkdownOptions {
  /** Image files (relative to the .md file) of the charts; left out when not given. */
  images?: { layers: string; timeline: string };
}

/** The Workers section: one entry per worker with what it ran (none for a run in process). */
function workerLines(model: StoryModel): string[] {
  if (model.workers.length === 0) return [];
  const entries = workerRows(model.workers).map((w) => `- **${md(w.worker)}**: ${md(w.summary)}; ran ${w.ran.map((r) => (r.ok ? md(r.text) : `**${md(r.text)}**`)).join(', ')}`);
  return ['## Workers', '', ...entries, ''];
}

/**
 * The story as Markdown (CommonMark, renders with markdown-it): header,
 * summary, links to the chart images next to the file, the workers and what
 * each ran (queue executor), one section per node.
 * Every value from data or configuration is escaped.
 *
 * @example
 * ```ts
 * import { buildStoryModel } from 'odibi-ts';
 * import { renderMarkdown } from 'odibi-ts/dist/src/story/render-markdown.js';
 * console.log(renderMarkdown(buildStoryModel(results.toJSON())));
 * ```
 */
export function renderMarkdown(model: StoryModel, options: RenderMarkdownOptions = {}): string {
  const images = options.images
    ? ['## Charts', '', `![Layers and statuses](${encodeURI(options.images.layers)})`, '', `![Timeline](${encodeURI(options.images.timeline)})`, '']
    : [];
  return [
    `# ${md(model.pipeline)}: ${model.status}`,
    '',
    `> ${md(model.summary)}`,
    '',
    ...headerFacts(model).map(([label, value]) => `- **${label}:** ${md(value)}`),
    '',
    ...images,
    ...workerLines(model),
    '## Nodes',
    '',
    ...model.nodes.map(renderMarkdownNode),
  ].join('\n');
}
