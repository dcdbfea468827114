/**
 * Loads one of an exercise's TypeScript files into the grader's own process
 * (the public and hidden cases, with their `expected` values and `accept`
 * functions): compiled with `compileExerciseModule`, the library taken from
 * its build (`dist/src`), sibling files loaded the same way. Course files are
 * trusted code; a learner's answer is never loaded here. Each file is loaded
 * once until it changes.
 *
 * @example
 * ```ts
 * import * as path from 'node:path';
 * import { loadExerciseModule } from 'odibi-ts/dist/src/grading/load-exercise-module.js';
 * const root = path.resolve('..');
 * const checks = loadExerciseModule(path.join(root, 'exercises', 'src', '01-executor', 'checks.ts'), root);
 * Array.isArray(checks.cases); // true
 * ```
 */
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import vm from 'node:vm';
import { compileExerciseModule } from './compile-exercise-module.js';

const loaded = new Map<string, { mtimeMs: number; exports: Record<string, unknown> }>();

export function loadExerciseModule(file: string, root: string): Record<string, unknown> {
  const mtimeMs = statSync(file).mtimeMs;
  const known = loaded.get(file);
  if (known && known.mtimeMs === mtimeMs) return known.exports;
  const module = { exports: {} as Record<string, unknown> };
  const fromRoot = createRequire(join(root, 'package.json'));
  const require = (specifier: string): unknown => {
    if (specifier.startsWith('odibi-ts/')) return fromRoot(join(root, specifier.slice('odibi-ts/'.length)));
    if (specifier.startsWith('.')) return loadExerciseModule(resolve(dirname(file), specifier).replace(/\.js$/, '.ts'), root);
    return fromRoot(specifier);
  };
  const run = vm.compileFunction(compileExerciseModule(file, root), ['exports', 'require', 'module', '__filename', '__dirname'], { filename: file });
  run(module.exports, require, module, file, dirname(file));
  loaded.set(file, { mtimeMs, exports: module.exports });
  return module.exports;
}
