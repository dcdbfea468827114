/**
 * The story writer a Pipeline uses unless another (or `false`) is passed:
 * the story module's `writeStory`.
 *
 * @example
 * ```ts
 * import { defaultStoryWriter } from 'odibi-ts/dist/src/pipeline/default-story-writer.js';
 * const { storyPath } = await defaultStoryWriter(results.toJSON(), { connection, dir: 'stories', formats: ['md'], now: new Date() });
 * ```
 */
import { writeStory } from '../story/write-story.js';
import type { StoryWriter } from './pipeline-options.js';

export const defaultStoryWriter: StoryWriter = writeStory;
