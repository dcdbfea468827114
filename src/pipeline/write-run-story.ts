/**
 * The story hook: after a run, when the project's `story.auto_generate` is
 * on and a story writer is available, writes the story and records its
 * path in the results. A failing story never loses the results: the error
 * is kept in `storyError` instead, and so is a story written in part (a
 * format that could not be written, a chart left out), naming each part.
 *
 * @example
 * ```ts
 * // Internal: the pipeline calls it after a run; the result's storyPath tells where the story went.
 * import { writeRunStory } from 'odibi-ts/dist/src/pipeline/write-run-story.js';
 * ```
 */
import path from 'node:path';
import type { Connection } from '../connections/connection.js';
import { LocalConnection } from '../connections/local-connection.js';
import { OdibiError } from '../errors.js';
import { toErrorInfo } from '../node/to-error-info.js';
import type { PipelineResultsData } from '../results/types.js';
import type { PipelineParts } from './pipeline-parts.js';

export async function writeRunStory<T>(parts: PipelineParts<T>, data: PipelineResultsData): Promise<void> {
  const project = parts.project;
  if (!project || !project.story.autoGenerate || !parts.storyWriter) return;
  try {
    const { connection, dir } = storyTarget(parts);
    const written = await parts.storyWriter(data, { connection, dir, formats: project.story.formats, now: parts.clock.now(), maxSampleRows: project.story.maxSampleRows });
    data.storyPath = written.storyPath;
    const missing = [...(written.failed ?? []).map((f) => ({ part: `the ${f.format} file`, message: f.message })), ...(written.leftOut ?? [])];
    if (missing.length > 0) {
      data.storyError = toErrorInfo(new OdibiError('STORY_WRITE', `story written in part, without ${missing.map((m) => `${m.part} (${m.message})`).join('; ')}`, {
        hint: 'the rest of the story is written; `odibi story <its .json>` renders it again once the cause is fixed',
      }));
    }
  } catch (error) {
    data.storyError = toErrorInfo(error);
  }
}

/** The story's connection and folder: the configured connection and path, else a local folder at `path` under the project. */
function storyTarget<T>(parts: PipelineParts<T>): { connection: Connection; dir: string } {
  const story = parts.project!.story;
  if (story.connection) {
    const connection = parts.connections[story.connection];
    if (connection) return { connection, dir: story.path };
  }
  return { connection: new LocalConnection('stories', path.resolve(parts.project!.baseDir, story.path)), dir: '' };
}
