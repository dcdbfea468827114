/**
 * The story writer a Pipeline uses unless another (or `false`) is passed:
 * none yet, until the story module provides one.
 */
import type { StoryWriter } from './pipeline-options.js';

export const defaultStoryWriter: StoryWriter | undefined = undefined;
