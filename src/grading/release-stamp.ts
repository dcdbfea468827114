/**
 * The release a notebook belongs to: the course's version and a hash of the
 * exercises' checks (every harness, public and hidden case), stamped into a
 * released notebook's metadata (`metadata.odibi.release`). The grader
 * compares a submission's stamp with the checks it grades with, and flags a
 * submission made against another release (it is graded all the same).
 *
 * @example
 * ```ts
 * import * as path from 'node:path';
 * import { releaseStamp, notebookStamp } from 'odibi-ts/dist/src/grading/release-stamp.js';
 * const stamp = releaseStamp(path.resolve('..'));
 * stamp.checks.length; // 16
 * notebookStamp({ nbformat: 4, nbformat_minor: 4, metadata: { odibi: { release: stamp } }, cells: [] }); // the same stamp
 * ```
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NotebookJson } from './notebook-json.js';

/** A course release. */
export interface ReleaseStamp {
  /** The course's version (package.json). */
  course: string;
  /** The first 16 hex digits of a SHA-256 over every exercise's `run.ts`, `checks.ts` and `hidden.ts`. */
  checks: string;
}

const CHECK_FILES = ['run.ts', 'checks.ts', 'hidden.ts'];

/** The stamp of the course at `root` as it is now. */
export function releaseStamp(root: string): ReleaseStamp {
  const hash = createHash('sha256');
  const base = join(root, 'exercises', 'src');
  for (const slug of readdirSync(base).filter((d) => /^\d{2}-/.test(d)).sort()) {
    for (const file of CHECK_FILES) {
      const path = join(base, slug, file);
      hash.update(`${slug}/${file}\n`).update(existsSync(path) ? readFileSync(path) : 'absent').update('\n');
    }
  }
  const course = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  return { course, checks: hash.digest('hex').slice(0, 16) };
}

/** The stamp in a notebook's metadata, if it has a well-formed one. */
export function notebookStamp(notebook: NotebookJson): ReleaseStamp | undefined {
  const metadata: unknown = notebook.metadata;
  const odibi = metadata !== null && typeof metadata === 'object' ? (metadata as { odibi?: { release?: Partial<ReleaseStamp> } }).odibi : undefined;
  const release = odibi !== null && typeof odibi === 'object' ? odibi.release : undefined;
  return release && typeof release.course === 'string' && typeof release.checks === 'string' ? { course: release.course, checks: release.checks } : undefined;
}
