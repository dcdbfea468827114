/**
 * The `require` a graded answer (and the exercise's harness) gets inside the
 * sandbox. It loads the library by name (`odibi-ts`, and its modules as
 * `odibi-ts/dist/src/...`), the packages copied beside it, a `tslab` whose
 * `display` does nothing (there is no notebook while grading), and the
 * harmless Node modules; it refuses the modules that reach the network,
 * other processes, workers, the inspector or the module system itself, and
 * any file path.
 *
 * @example
 * ```ts
 * import * as path from 'node:path';
 * import { answerRequire } from 'odibi-ts/dist/src/grading/sandbox/answer-require.js';
 * const load = answerRequire(path.resolve('..', 'node_modules', 'odibi-ts'));
 * typeof (load('node:path') as typeof path).join; // 'function'
 * try { load('node:net'); } catch (e) { (e as Error).message; } // 'node:net cannot be imported while grading: ...'
 * ```
 */
import { builtinModules, createRequire } from 'node:module';
import { join, normalize, sep } from 'node:path';

/** Node modules an answer may load. */
const ALLOWED_BUILTINS = new Set([
  'assert', 'assert/strict', 'async_hooks', 'buffer', 'console', 'constants', 'crypto', 'events', 'fs', 'fs/promises', 'os', 'path', 'path/posix',
  'path/win32', 'perf_hooks', 'process', 'punycode', 'querystring', 'readline', 'readline/promises', 'stream', 'stream/consumers', 'stream/promises',
  'stream/web', 'string_decoder', 'timers', 'timers/promises', 'url', 'util', 'util/types', 'zlib',
]);

const NO_DISPLAY = () => undefined;
/** `tslab` while grading: display calls do nothing. */
const TSLAB_WHILE_GRADING = Object.freeze({
  display: Object.freeze({ html: NO_DISPLAY, markdown: NO_DISPLAY, text: NO_DISPLAY, svg: NO_DISPLAY, png: NO_DISPLAY, jpeg: NO_DISPLAY, gif: NO_DISPLAY, pdf: NO_DISPLAY, javascript: NO_DISPLAY, raw: NO_DISPLAY }),
  versions: Object.freeze({}),
  isNode: true,
  isBrowser: false,
});

/** A `require` for answers, resolving names from the library's copy at `library` (`.../node_modules/odibi-ts`). */
export function answerRequire(library: string): (specifier: string) => unknown {
  const fromLibrary = createRequire(join(library, 'package.json'));
  const source = join(library, 'dist', 'src') + sep;
  return (specifier: string) => {
    if (typeof specifier !== 'string') throw new TypeError('require() takes a module name');
    const builtin = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
    if (builtinModules.includes(builtin)) {
      if (!ALLOWED_BUILTINS.has(builtin)) throw refused(specifier, 'it reaches the network, other processes or the runtime itself');
      return fromLibrary(`node:${builtin}`);
    }
    if (specifier === 'tslab') return TSLAB_WHILE_GRADING;
    if (specifier === 'odibi-ts') return fromLibrary(join(source, 'index.js'));
    if (specifier.startsWith('odibi-ts/')) {
      const file = normalize(join(library, specifier.slice('odibi-ts/'.length)));
      if (!file.startsWith(source)) throw refused(specifier, "only the library's modules (odibi-ts/dist/src/...) can be imported");
      return fromLibrary(file);
    }
    if (specifier.startsWith('.') || specifier.startsWith('/') || /^[a-zA-Z]:/.test(specifier)) {
      throw refused(specifier, "an answer cell is graded on its own: import the library by name ('odibi-ts') instead of a file");
    }
    return fromLibrary(specifier);
  };
}

function refused(specifier: string, why: string): Error {
  return new Error(`${specifier} cannot be imported while grading: ${why}`);
}
