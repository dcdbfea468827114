// The one notebook finder: the course's notebooks, for set-up, tests, start,
// export and regeneration alike (Node builtins only).
import { findFiles } from './find-files.mjs';

/** The folders that hold the course's notebooks. */
export const NOTEBOOK_FOLDERS = ['notebooks', 'exercises', 'solutions'];

/**
 * Every notebook under `folders` (relative to `root`), sorted, as paths
 * relative to `root`; Jupyter's checkpoints, hidden folders and node_modules
 * are skipped.
 */
export function findNotebooks(root, folders = NOTEBOOK_FOLDERS) {
  return findFiles(root, folders, '.ipynb');
}
