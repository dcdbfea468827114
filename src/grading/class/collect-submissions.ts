/**
 * The submissions of a class: every file given, and every file inside the
 * folders given (recursively; hidden files and Jupyter's checkpoints left
 * out), each with its learner's id: from the ids CSV when it names the file,
 * else the file's name without its extension. Sorted, so a class is always
 * graded in the same order.
 *
 * @example
 * ```ts
 * import { mkdirSync, writeFileSync } from 'node:fs';
 * import { collectSubmissions } from 'odibi-ts/dist/src/grading/class/collect-submissions.js';
 * mkdirSync('../.odibi/tmp/class/week1', { recursive: true });
 * writeFileSync('../.odibi/tmp/class/week1/ana.ipynb', '{}');
 * collectSubmissions(['../.odibi/tmp/class'], { cwd: '.' }).map((s) => s.learner); // ['ana']
 * ```
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { OdibiError } from '../../errors.js';

/** One submitted file. */
export interface SubmissionEntry {
  /** Absolute path. */
  file: string;
  /** The path as shown in the gradebook (relative to the folder the command ran in). */
  label: string;
  learner: string;
}

/** Options of {@link collectSubmissions}. */
export interface CollectOptions {
  /** Folder relative paths are resolved against and shown from. */
  cwd: string;
  /** Learner ids by file (paths relative to `idsBase`, or file names). */
  ids?: ReadonlyMap<string, string>;
  /** The folder the ids' paths are relative to (the CSV's). */
  idsBase?: string;
}

export function collectSubmissions(inputs: readonly string[], options: CollectOptions): SubmissionEntry[] {
  const files = new Set<string>();
  for (const input of inputs) {
    const path = resolve(options.cwd, input);
    if (!existsSync(path)) throw new OdibiError('USAGE', `${input} does not exist`, { hint: 'pass notebooks, or folders of them, that exist' });
    for (const file of statSync(path).isDirectory() ? walk(path) : [path]) files.add(file);
  }
  return [...files].sort().map((file) => {
    const label = relative(options.cwd, file).split(sep).join('/') || basename(file);
    const fromIds = options.ids ? relative(options.idsBase ?? options.cwd, file).split(sep).join('/') : undefined;
    const learner = (fromIds && options.ids?.get(fromIds)) ?? options.ids?.get(basename(file)) ?? basename(file, extname(file));
    return { file, label, learner };
  });
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}
