import { escapeHtml } from '../text/escape-html.js';
import { renderSvg } from '../viz/render-svg.js';
import type { StoryModel } from './story-model.js';

/** The story's charts as SVG markup. */
export interface StoryCharts {
  layers: string;
  timeline: string;
  /** Charts that could not be drawn (their markup says so instead), with the reason. */
  leftOut?: { part: string; message: string }[];
}

/** A small SVG that stands where a chart could not be drawn, saying why. */
function missingChart(name: string, reason: string): string {
  const text = escapeHtml(`The ${name} chart could not be drawn: ${reason}`.slice(0, 200));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="40" role="img"><text x="8" y="24" font-family="sans-serif" font-size="13" fill="#c62828">${text}</text></svg>`;
}

/**
 * Renders the story's layers chart and timeline to SVG, offline. Each is
 * drawn on its own: one that fails is replaced by a line saying why, and
 * listed in `leftOut`, so the story around it is still written.
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
export async function renderStoryCharts(model: StoryModel, render: typeof renderSvg = renderSvg): Promise<StoryCharts> {
  const leftOut: { part: string; message: string }[] = [];
  const draw = async (name: 'layers' | 'timeline'): Promise<string> => {
    try {
      return await render(model.charts[name]);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      leftOut.push({ part: `the ${name} chart`, message });
      return missingChart(name, message);
    }
  };
  const [layers, timeline] = [await draw('layers'), await draw('timeline')];
  return leftOut.length > 0 ? { layers, timeline, leftOut } : { layers, timeline };
}
