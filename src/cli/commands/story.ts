/**
 * `odibi story <results.json> [--format html|md] [--out FILE]`: re-renders
 * the story of a saved run from its results, through the same story writer
 * as runs.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { STORY_FORMATS, type StoryFormat } from '../../config/types.js';
import { LocalConnection } from '../../connections/local-connection.js';
import { OdibiError } from '../../errors.js';
import type { CliContext } from '../cli-context.js';
import type { PipelineResults } from '../../results/pipeline-results.js';
import { readResultsFile } from '../../results/read-results-file.js';
import { writeStory } from '../../story/write-story.js';

/** Options of {@link renderStoryFile}. */
export interface StoryCommandOptions {
  format?: string;
  /** Output file; default: the results file with the format's extension (added when the name lacks it). */
  out?: string;
}

/** What a saved results file renders to: every story format but its own JSON. */
type RenderedFormat = Exclude<StoryFormat, 'json'>;
const DEFAULT_FORMAT: RenderedFormat = 'html';

function parseFormat(format: string = DEFAULT_FORMAT): RenderedFormat {
  const known = STORY_FORMATS.find((f): f is RenderedFormat => f !== 'json' && f === format);
  if (known) return known;
  throw new OdibiError('USAGE', `--format must be html or md, got "${format}"`, { hint: 'run `odibi story --help`' });
}

/** The one pipeline's results a story is made of; RESULTS_INVALID when the file holds several (or none). */
function onePipeline(record: Record<string, PipelineResults>, file: string): PipelineResults {
  const runs = Object.values(record);
  if (runs.length === 1) return runs[0]!;
  throw new OdibiError('RESULTS_INVALID', `results JSON is not valid for a story: it holds the results of ${runs.length} pipelines (${Object.keys(record).join(', ') || 'none'}); a story tells one`, {
    file, hint: 'pass one pipeline\'s results: a story\'s .json file, or `odibi run --json --pipeline NAME`',
  });
}

/**
 * Renders the story of a saved results file to HTML (default) or Markdown
 * (with its two chart images next to it) and returns the paths written, the
 * story first. The file is read and validated first (RESULTS_INVALID); it
 * may be one pipeline's artifact or a record holding one pipeline.
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
  const results = onePipeline(await readResultsFile(file), file);
  const out = path.resolve(options.out ?? file.replace(/\.json$/i, '') + `.${format}`);
  const name = path.basename(out).replace(new RegExp(`\\.${format}$`, 'i'), '');
  const connection = new LocalConnection('story', path.dirname(out));
  const written = await writeStory(results.toJSON(), { connection, dir: '', formats: [format], now: new Date(results.end), name });
  return [written.storyPath, ...written.paths.filter((p) => p !== written.storyPath)];
}

/** Adds `odibi story` to the program; it prints the path of the story it wrote. */
export function storyCommand(program: Command, context: CliContext): Command {
  return program
    .command('story')
    .description('re-render the story of a saved run from its results JSON')
    .argument('<results>', 'results JSON (from `odibi run --json` or a story\'s .json file)')
    .option('--format <format>', 'html or md', DEFAULT_FORMAT)
    .option('--out <file>', 'output file (default: next to the results file)')
    .action(async (file: string, options: StoryCommandOptions) => {
      const out = options.out === undefined ? undefined : path.resolve(context.cwd, options.out);
      const [written] = await renderStoryFile(path.resolve(context.cwd, file), { ...options, out });
      context.stdout.write(`${path.relative(context.cwd, written as string) || written}\n`);
    });
}
