import { renderSvg } from '../viz/render-svg.js';
import type { StoryModel } from './story-model.js';

/** The story's charts as SVG markup. */
export interface StoryCharts {
  layers: string;
  timeline: string;
}

/**
 * Renders the story's layers chart and timeline to SVG, offline.
 *
 * @example
 * ```ts
 * import { buildStoryModel } from 'odibi-ts';
 * import { renderStoryCharts } from 'odibi-ts/dist/src/story/render-story-charts.js';
 * import { renderHtml } from 'odibi-ts/dist/src/story/render-html.js';
 * const story = buildStoryModel(results.toJSON());
 * const page = renderHtml(story, { charts: await renderStoryCharts(story) });
 * ```
 */
export async function renderStoryCharts(model: StoryModel): Promise<StoryCharts> {
  const [layers, timeline] = await Promise.all([renderSvg(model.charts.layers), renderSvg(model.charts.timeline)]);
  return { layers, timeline };
}
