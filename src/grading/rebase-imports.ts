/**
 * Rewrites the relative module paths of a cell (`from './helper.js'`,
 * `import('./x.js')`, `require('../y')`) so that they point at the same files
 * from another folder: the grader runs a learner's answer cell from its work
 * folder, not from the notebook's own folder.
 *
 * @example
 * ```ts
 * import { rebaseImports } from 'odibi-ts/dist/src/grading/rebase-imports.js';
 * rebaseImports("import { helper } from './helper.js';", '/p/exercises', '/p/.odibi/grading/x');
 * // "import { helper } from '../../../exercises/helper.js';"
 * ```
 */
import { posix, relative, resolve, sep } from 'node:path';

const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)(['"])(\.{1,2}\/[^'"]*)\2/gm;

export function rebaseImports(code: string, fromDir: string, toDir: string): string {
  return code.replace(SPECIFIER, (_match, lead: string, quote: string, specifier: string) => {
    let rebased = relative(toDir, resolve(fromDir, specifier)).split(sep).join(posix.sep);
    if (!rebased.startsWith('.')) rebased = `./${rebased}`;
    if (specifier.endsWith('/') && !rebased.endsWith('/')) rebased += '/';
    return `${lead}${quote}${rebased}${quote}`;
  });
}
