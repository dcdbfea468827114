/**
 * A compiler host that lets TypeScript read only what a notebook cell may
 * import while it is graded: installed packages (`node_modules/`, not its
 * `.bin` links), the compiled library (`dist/src/`) and the project's
 * `package.json`, each checked after following links; plus the cells given
 * in memory. Anything else (the exercises' sources, hidden checks, solutions)
 * does not exist for it, so a cell that imports such a file fails to compile
 * with "Cannot find module" instead of revealing it in a type error.
 * Parsed files are kept, so checking many cells parses the libraries once.
 *
 * @example
 * ```ts
 * import { kernelTypeScript, kernelCompilerOptions } from 'odibi-ts/dist/src/notebook/kernel-typescript.js';
 * import { libraryOnlyHost } from 'odibi-ts/dist/src/notebook/library-only-host.js';
 * import * as path from 'node:path';
 * const ts = kernelTypeScript();
 * const root = path.resolve('..');
 * const { host, setCell } = libraryOnlyHost(ts, kernelCompilerOptions(ts), root);
 * setCell(path.join(root, 'exercises', 'cell.ts'), 'export const x = 1;');
 * host.fileExists(path.join(root, 'exercises', 'cell.ts')); // true
 * host.fileExists(path.join(root, 'exercises', 'src', '02-layers', 'answer.ts')); // false
 * ```
 */
import { realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { KernelTypeScript } from './kernel-typescript.js';

type Ts = KernelTypeScript;
type CompilerHost = import('@tslab/typescript-for-tslab').CompilerHost;
type CompilerOptions = import('@tslab/typescript-for-tslab').CompilerOptions;
type SourceFile = import('@tslab/typescript-for-tslab').SourceFile;

/** The host, and how to put a cell's text at a path (only under the project root). */
export interface LibraryOnlyHost {
  host: CompilerHost;
  setCell(path: string, text: string): void;
}

export function libraryOnlyHost(ts: Ts, options: CompilerOptions, root: string): LibraryOnlyHost {
  const base = ts.createCompilerHost(options);
  const cells = new Map<string, string>();
  const parsed = new Map<string, SourceFile>();
  const allowed = readablePath(root);
  const host: CompilerHost = {
    ...base,
    fileExists: (file) => cells.has(file) || (allowed(file) && base.fileExists(file)),
    readFile: (file) => cells.get(file) ?? (allowed(file) ? base.readFile(file) : undefined),
    directoryExists: (dir) => isUnder(dir, root) && (base.directoryExists?.(dir) ?? false),
    getDirectories: (dir) => (allowed(dir) ? base.getDirectories?.(dir) ?? [] : []),
    realpath: (file) => (cells.has(file) ? file : realpath(file) ?? file),
    getSourceFile: (file, languageVersion) => {
      const text = cells.get(file);
      if (text !== undefined) return ts.createSourceFile(file, text, languageVersion);
      if (!allowed(file)) return undefined;
      let sourceFile = parsed.get(file);
      if (!sourceFile) {
        sourceFile = base.getSourceFile(file, languageVersion);
        if (sourceFile) parsed.set(file, sourceFile);
      }
      return sourceFile;
    },
    writeFile: () => undefined,
  };
  return { host, setCell: (path, text) => void cells.set(path, text) };
}

/** Whether a path may be read: after following links it is a package file, the compiled library or package.json. */
function readablePath(root: string): (path: string) => boolean {
  const rootReal = realpath(root) ?? root;
  const modules = join(rootReal, 'node_modules') + sep;
  const library = join(rootReal, 'dist', 'src') + sep;
  const manifest = join(rootReal, 'package.json');
  return (path) => {
    const real = realpath(path);
    if (real === undefined) return false;
    if (real === manifest || real === join(rootReal, 'node_modules') || real === join(rootReal, 'dist', 'src')) return true;
    return (real.startsWith(modules) && !real.startsWith(join(modules, '.bin') + sep)) || real.startsWith(library);
  };
}

function isUnder(dir: string, root: string): boolean {
  return dir === root || dir.startsWith(root.endsWith(sep) ? root : root + sep);
}

function realpath(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}
