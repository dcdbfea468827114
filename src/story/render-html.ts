import type { StoryCharts } from './render-story-charts.js';
import { renderHtmlNode } from './render-html-node.js';
import { html, rawHtml, type SafeHtml } from './safe-html.js';
import { STORY_CSS } from './story-css.js';
import { headerFacts } from './story-facts.js';
import type { StoryModel } from './story-model.js';
import { workerRows } from './worker-rows.js';

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  /** The charts as SVG (from `renderStoryCharts`); left out when not given. */
  charts?: StoryCharts;
  /** Only the story's `<div>` with its scoped style (for a notebook output), not a whole page. */
  fragment?: boolean;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The workers and what each ran, lost attempts marked (none for a run in process). */
function workersSection(model: StoryModel): SafeHtml | string {
  if (model.workers.length === 0) return '';
  const rows = workerRows(model.workers).map((w) => html`<tr><th>${w.worker}</th><td>${w.summary}</td><td>${w.ran.map((r, i) => html`${i ? ', ' : ''}<span class="${r.ok ? '' : 'fail'}">${r.text}</span>`)}</td></tr>`);
  return html`<section class="workers"><h2>Workers</h2>
<table><tr><th>worker</th><th>attempts</th><th>ran</th></tr>${rows}</table></section>`;
}

function storyBody(model: StoryModel, charts?: StoryCharts): SafeHtml {
  const facts = headerFacts(model).map(([label, value]) => html`<tr><th>${label}</th><td>${value}</td></tr>`);
  const figures = charts
    ? html`<section class="charts"><h2>Charts</h2>
<figure><figcaption>Layers and statuses</figcaption>${rawHtml(charts.layers)}</figure>
<figure><figcaption>Timeline</figcaption>${rawHtml(charts.timeline)}</figure></section>`
    : '';
  return html`<div class="odibi-story"><style>${rawHtml(STORY_CSS)}</style>
<header><h1>${model.pipeline} <span class="badge s-${model.status}">${model.status}</span></h1>
<p class="summary">${model.summary}</p>
<table>${facts}</table></header>
${figures}
${workersSection(model)}
<section class="nodes"><h2>Nodes</h2>
${model.nodes.map(renderHtmlNode)}
</section></div>`;
}

/**
 * The story as HTML: one self-contained page (inline CSS, inline SVG charts,
 * no scripts, no external resources, opens offline), or with `fragment` the
 * story's `<div>` alone. Every value from data or configuration is escaped.
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
export function renderHtml(model: StoryModel, options: RenderHtmlOptions = {}): string {
  const body = storyBody(model, options.charts);
  if (options.fragment) return body.value;
  return html`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${model.pipeline}: ${model.status} (${model.start})</title></head>
<body>
${body}
</body></html>
`.value;
}
