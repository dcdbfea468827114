import { renderHtml } from '../story/render-html.js';
import { renderMarkdown } from '../story/render-markdown.js';
import { renderStoryCharts } from '../story/render-story-charts.js';
import type { StoryModel } from '../story/story-model.js';
import type { MimeBundle } from './mime-bundle.js';

/**
 * A story as a MIME bundle: the HTML story (charts inline) for notebooks,
 * the Markdown for text frontends.
 *
 * @example
 * ```ts
 * import { buildStoryModel } from 'odibi-ts';
 * import { storyBundle } from 'odibi-ts/dist/src/notebook/story-bundle.js';
 * const bundle = await storyBundle(buildStoryModel(results.toJSON()));
 * ```
 */
export async function storyBundle(story: StoryModel): Promise<MimeBundle> {
  const charts = await renderStoryCharts(story);
  const markdown = renderMarkdown(story);
  return { 'text/html': renderHtml(story, { charts, fragment: true }), 'text/markdown': markdown, 'text/plain': markdown };
}
