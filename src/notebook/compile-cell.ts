/**
 * Compiles one cell's code as the notebook kernel would, outside it: tslab's
 * TypeScript and settings, the cell as a module of its own (it sees nothing
 * of other cells) with its top-level names exported, as tslab exports them.
 * A type or syntax error gives the kernel's messages (`line:column -
 * message`, lines of the cell); otherwise the CommonJS code to run, where
 * top-level `await` is allowed. Only packages and the compiled library can be
 * read while compiling (see `libraryOnlyHost`).
 *
 * @example
 * ```ts
 * import * as path from 'node:path';
 * import { compileCell } from 'odibi-ts/dist/src/notebook/compile-cell.js';
 * const root = path.resolve('..');
 * compileCell('const n: number = "one";', { root }); // { ok: false, problems: ["1:7 - Type 'string' is not assignable to type 'number'."] }
 * compileCell('function twice(x: number) { return 2 * x; }', { root }).ok; // true
 * ```
 */
import { join } from 'node:path';
import { cellTopLevelNames } from './cell-top-level-names.js';
import { kernelCompilerOptions, kernelTypeScript, transpileToCommonJs } from './kernel-typescript.js';
import { libraryOnlyHost, type LibraryOnlyHost } from './library-only-host.js';

/** A compiled cell, or the compiler's messages. */
export type CompiledCell = { ok: true; js: string } | { ok: false; problems: string[] };

/** Options of {@link compileCell}. */
export interface CompileCellOptions {
  /** The project root: its `node_modules` and `dist/src` are what the cell can import. */
  root: string;
}

/** tslab's prefix, which makes every cell a module. */
const PREFIX = 'export {};\n';

interface Compiler {
  host: LibraryOnlyHost;
  options: import('@tslab/typescript-for-tslab').CompilerOptions;
  last?: import('@tslab/typescript-for-tslab').Program;
}

const compilers = new Map<string, Compiler>();

export function compileCell(code: string, options: CompileCellOptions): CompiledCell {
  return compileCells([code], options)[0]!;
}

/** Compiles several cells at once, each as a module of its own: one type check for all of them, much faster than one each. */
export function compileCells(codes: readonly string[], options: CompileCellOptions): CompiledCell[] {
  const ts = kernelTypeScript();
  const compiler = compilerFor(options.root);
  const files = codes.map((code, i) => {
    const file = join(options.root, 'exercises', `__cell_${i + 1}__.ts`);
    const names = cellTopLevelNames(ts, ts.createSourceFile(file, PREFIX + code, ts.ScriptTarget.ES2022));
    const source = PREFIX + code + (names.length > 0 ? `\nexport { ${names.join(', ')} };\n` : '\n');
    compiler.host.setCell(file, source);
    return { file, source };
  });
  const program = ts.createProgram({ rootNames: files.map((f) => f.file), options: compiler.options, host: compiler.host.host, oldProgram: compiler.last });
  compiler.last = program;
  return files.map(({ file, source }) => {
    const problems = ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).filter((d) => d.category === ts.DiagnosticCategory.Error).map((d) => {
      const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
      if (!d.file || d.start === undefined) return text;
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
      return d.file.fileName === file ? `${line}:${character + 1} - ${text}` : `${d.file.fileName}:${line + 1}:${character + 1} - ${text}`;
    });
    return problems.length > 0 ? { ok: false, problems } : { ok: true, js: transpileToCommonJs(ts, source, 'cell.ts') };
  });
}

function compilerFor(root: string): Compiler {
  let compiler = compilers.get(root);
  if (!compiler) {
    const ts = kernelTypeScript();
    const options = kernelCompilerOptions(ts, [join(root, 'node_modules', '@types')]);
    compiler = { host: libraryOnlyHost(ts, options, root), options };
    compilers.set(root, compiler);
  }
  return compiler;
}
