/**
 * `odibi story <results.json> [--format html|md] [--out FILE]`: re-renders
 * the story of a saved run from its results artifact.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { OdibiError } from '../../errors.js';
import type { CliContext } from '../cli-context.js';
import { PipelineResults } from '../../results/pipeline-results.js';
import { buildStoryModel } from '../../story/build-story-model.js';
import { renderHtml } from '../../story/render-html.js';
import { renderMarkdown } from '../../story/render-markdown.js';
import { renderStoryCharts } from '../../story/render-story-charts.js';

/** Options of {@link renderStoryFile}. */
export interface StoryCommandOptions {
  format?: string;
  /** Output file; default: the results file with the format's extension. */
  out?: string;
}

function parseFormat(format = 'html'): 'html' | 'md' {
  if (format === 'html' || format === 'md') return format;
  throw new OdibiError('USAGE', `--format must be html or md, got "${format}"`, { hint: 'run `odibi story --help`' });
}

async function readArtifact(file: string): Promise<PipelineResults> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new OdibiError('RESULTS_INVALID', `results JSON cannot be read: ${(error as Error).message}`, {
      file, hint: 'pass a file written by `odibi run --json` or a story\'s .json file',
    });
  }
  try {
    return PipelineResults.fromJSON(text);
  } catch (error) {
    if (error instanceof OdibiError) throw new OdibiError(error.code, error.message, { file, hint: error.hint, cause: error });
    throw error;
  }
}

/**
 * Renders the story of a saved results artifact to HTML (default) or
 * Markdown (with its two chart images next to it) and returns the paths
 * written, the story first. The JSON is validated first (RESULTS_INVALID).
 *
 * @example
 * ```ts
 * // not run: needs a story JSON written by a previous run
 * import { renderStoryFile } from 'odibi-ts/dist/src/cli/commands/story.js';
 * const [page] = await renderStoryFile('stories/orders_20260115_093000_041.json', { format: 'html' });
 * ```
 */
export async function renderStoryFile(file: string, options: StoryCommandOptions = {}): Promise<string[]> {
  const format = parseFormat(options.format);
  const results = await readArtifact(file);
  const out = options.out ?? file.replace(/\.json$/i, '') + `.${format}`;
  const story = buildStoryModel(results.toJSON());
  const charts = await renderStoryCharts(story);
  await mkdir(path.dirname(path.resolve(out)), { recursive: true });
  if (format === 'html') {
    await writeFile(out, renderHtml(story, { charts }));
    return [out];
  }
  const stem = out.replace(/\.md$/i, '');
  const images = { layers: `${path.basename(stem)}_layers.svg`, timeline: `${path.basename(stem)}_timeline.svg` };
  await writeFile(`${stem}_layers.svg`, charts.layers);
  await writeFile(`${stem}_timeline.svg`, charts.timeline);
  await writeFile(out, renderMarkdown(story, { images }));
  return [out, `${stem}_layers.svg`, `${stem}_timeline.svg`];
}

/** Adds `odibi story` to the program; it prints the path of the story it wrote. */
export function storyCommand(program: Command, context: CliContext): Command {
  return program
    .command('story')
    .description('re-render the story of a saved run from its results JSON')
    .argument('<results>', 'results JSON (from `odibi run --json` or a story\'s .json file)')
    .option('--format <format>', 'html or md', 'html')
    .option('--out <file>', 'output file (default: next to the results file)')
    .action(async (file: string, options: StoryCommandOptions) => {
      const out = options.out === undefined ? undefined : path.resolve(context.cwd, options.out);
      const [written] = await renderStoryFile(path.resolve(context.cwd, file), { ...options, out });
      context.stdout.write(`${path.relative(context.cwd, written as string) || written}\n`);
    });
}
