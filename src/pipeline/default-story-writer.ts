/**
 * The story writer a Pipeline uses unless another (or `false`) is passed:
 * the story module's `writeStory`.
 */
import { writeStory } from '../story/write-story.js';
import type { StoryWriter } from './pipeline-options.js';

export const defaultStoryWriter: StoryWriter = writeStory;
