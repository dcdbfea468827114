/**
 * Compiles one of an exercise's TypeScript files (`checks.ts`, `hidden.ts`,
 * `run.ts`) to CommonJS with the kernel's compiler, and points its imports
 * of the library's sources (`../../../src/x.js`) at the compiled library by
 * name (`odibi-ts/dist/src/x.js`), which is what exists beside a released
 * course and inside the grading sandbox. Imports of sibling files stay as
 * they are.
 *
 * @example
 * ```ts
 * import * as path from 'node:path';
 * import { compileExerciseModule } from 'odibi-ts/dist/src/grading/compile-exercise-module.js';
 * const root = path.resolve('..');
 * const js = compileExerciseModule(path.join(root, 'exercises', 'src', '02-layers', 'run.ts'), root);
 * js.includes('require("odibi-ts/dist/src/grading/capture-error.js")'); // true
 * ```
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { kernelTypeScript, transpileToCommonJs } from '../notebook/kernel-typescript.js';

export function compileExerciseModule(file: string, root: string): string {
  const js = transpileToCommonJs(kernelTypeScript(), readFileSync(file, 'utf8'), file);
  return js.replace(/\brequire\("(\.{1,2}\/[^"]*)"\)/g, (call: string, specifier: string) => {
    const library = libraryModule(resolve(dirname(file), specifier), root);
    return library ? call.replace(specifier, library) : call;
  });
}

/** `odibi-ts/dist/src/<path>` for a file of the library's sources or build, else undefined. */
function libraryModule(target: string, root: string): string | undefined {
  for (const base of [resolve(root, 'src'), resolve(root, 'dist', 'src')]) {
    if (target.startsWith(base + sep)) return `odibi-ts/dist/src/${relative(base, target).split(sep).join('/')}`;
  }
  return undefined;
}
