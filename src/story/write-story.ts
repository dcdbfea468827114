import { STORY_FORMATS, type StoryFormat } from '../config/types.js';
import type { Connection } from '../connections/connection.js';
import { OdibiError } from '../errors.js';
import type { PipelineResultsData } from '../results/types.js';
import { buildStoryModel } from './build-story-model.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
import { renderStoryCharts, type StoryCharts } from './render-story-charts.js';
import type { renderSvg } from '../viz/render-svg.js';
import { storyFileName } from './story-file-name.js';
import type { StoryModel } from './story-model.js';

/** Where and how {@link writeStory} writes. */
export interface WriteStoryOptions {
  connection: Connection;
  /** Folder inside the connection ('' for its root). */
  dir: string;
  formats: readonly StoryFormat[];
  /** The time in the file names (the run's end, or the clock's now). */
  now: Date;
  /**
   * The file name without extension. Default: `<pipeline>_<YYYYMMDD_HHMMSS>_<mmm>`
   * from `now`, with `_2`, `_3` rather than overwriting an earlier story. A
   * name given here is used as it is and replaces files of that name.
   */
  name?: string;
  /** Sample rows per node (the project's `story.max_sample_rows`). */
  maxSampleRows?: number;
  /** Draws a chart as SVG; default vega's offline renderer (tests pass one that fails). */
  renderChart?: typeof renderSvg;
}

/** What {@link writeStory} wrote. */
export interface WrittenStory {
  /** The main file: the HTML if written, else the Markdown, else the JSON. */
  storyPath: string;
  /** Every file written (charts included), as the connection shows them (local paths for folders on disk). */
  paths: string[];
  /** Formats that could not be rendered or written, with the reason; the others were still written. */
  failed: { format: StoryFormat; message: string }[];
  /** Parts left out of the files written (a chart that could not be drawn), with the reason. */
  leftOut: { part: string; message: string }[];
}

/** The order formats are written in: the JSON (the results artifact) first; the main file is the last one written. */
const ORDER: readonly StoryFormat[] = ['json', ...STORY_FORMATS.filter((f) => f !== 'json')];

async function freeBase(connection: Connection, dir: string, pipeline: string, now: Date): Promise<string> {
  for (let attempt = 1; attempt < 1000; attempt++) {
    const base = join(dir, storyFileName(pipeline, now, attempt));
    const taken = await Promise.all(STORY_FORMATS.map((ext) => connection.exists(`${base}.${ext}`)));
    if (!taken.some(Boolean)) return base;
  }
  throw new OdibiError('STORY_WRITE', `story could not be written: 999 stories of ${pipeline} exist for ${now.toISOString()}`, { hint: 'check the story connection' });
}

function join(dir: string, name: string): string {
  const clean = dir.replace(/\\/g, '/').replace(/\/+$/, '');
  return clean === '' || clean === '.' ? name : `${clean}/${name}`;
}

async function filesOf(format: StoryFormat, base: string, model: StoryModel, drawCharts: () => Promise<StoryCharts>): Promise<[string, string][]> {
  if (format === 'json') return [[`${base}.json`, JSON.stringify(model.results, null, 2) + '\n']];
  const charts = await drawCharts();
  if (format === 'html') return [[`${base}.html`, renderHtml(model, { charts })]];
  const name = base.slice(base.lastIndexOf('/') + 1);
  const images = { layers: `${name}_layers.svg`, timeline: `${name}_timeline.svg` };
  const text = renderMarkdown(model, { images });
  return [[`${base}_layers.svg`, charts.layers], [`${base}_timeline.svg`, charts.timeline], [`${base}.md`, text]];
}

/**
 * Writes the story of a run to a connection, in the given formats, as
 * `<dir>/<pipeline>_<YYYYMMDD_HHMMSS>_<mmm>.<ext>` (UTC), adding `_2`, `_3`
 * rather than overwriting an earlier story (or as `name`, when given: that is
 * how `odibi story` writes where `--out` says). The JSON (the results artifact)
 * is written first; each format is rendered and written on its own, so one
 * that fails is reported in `failed` and the others are still written. A
 * chart that cannot be drawn is replaced by a line saying why and reported
 * in `leftOut`; the page around it is written.
 * Throws STORY_WRITE only when no file could be written at all.
 *
 * @example
 * ```ts
 * import { writeStory } from 'odibi-ts/dist/src/story/write-story.js';
 * const { storyPath } = await writeStory(results.toJSON(), { connection, dir: 'stories', formats: ['md', 'html', 'json'], now: new Date() });
 * ```
 */
export async function writeStory(results: PipelineResultsData, options: WriteStoryOptions): Promise<WrittenStory> {
  const { connection, formats } = options;
  const model = buildStoryModel(results, { maxSampleRows: options.maxSampleRows });
  const base = options.name === undefined ? await freeBase(connection, options.dir, results.pipeline, options.now) : join(options.dir, options.name);
  const written: string[] = [];
  const failed: WrittenStory['failed'] = [];
  let charts: Promise<StoryCharts> | undefined; // drawn once, for the first format that shows them
  const drawCharts = () => (charts ??= renderStoryCharts(model, options.renderChart));
  for (const format of ORDER.filter((f) => formats.includes(f))) {
    try {
      for (const [path, content] of await filesOf(format, base, model, drawCharts)) {
        await connection.writeBytes(path, content);
        written.push(path);
      }
    } catch (error) {
      failed.push({ format, message: error instanceof Error ? error.message : String(error) });
    }
  }
  if (written.length === 0) {
    const reasons = failed.map((f) => `${f.format}: ${f.message}`).join('; ') || 'no story format is configured';
    throw new OdibiError('STORY_WRITE', `story could not be written to ${connection.describe(base)}: ${reasons}`, { pipeline: results.pipeline, hint: 'check the story connection and path' });
  }
  const shown = (p: string) => connection.localPath?.(p) ?? p;
  const main = [...ORDER].reverse().map((ext) => `${base}.${ext}`).find((p) => written.includes(p)) as string;
  const leftOut = charts ? ((await charts).leftOut ?? []) : [];
  return { storyPath: shown(main), paths: written.map(shown), failed, leftOut };
}
