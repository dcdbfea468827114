/**
 * The notebook kernel's own TypeScript compiler (tslab bundles TypeScript
 * 5.0) and the settings it checks a cell with, so that code outside the
 * kernel (the grader, a check cell) judges a cell exactly as the kernel does.
 *
 * @example
 * ```ts
 * import { kernelTypeScript, kernelCompilerOptions } from 'odibi-ts/dist/src/notebook/kernel-typescript.js';
 * const ts = kernelTypeScript();
 * ts.version; // '5.0.4'
 * kernelCompilerOptions(ts).moduleResolution === ts.ModuleResolutionKind.Node10; // true
 * ```
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { findProjectRoot } from './jupyter-env.mjs';

/** The `typescript` module the kernel compiles cells with. */
export type KernelTypeScript = typeof import('@tslab/typescript-for-tslab');

// A variable specifier keeps the import out of the kernel's own module resolution.
const KERNEL_COMPILER = '@tslab/typescript-for-tslab';

let loaded: KernelTypeScript | undefined;

/** Loads the kernel's compiler once (about 0.3 s); it comes with tslab, a dependency of every notebook set-up. */
export function kernelTypeScript(): KernelTypeScript {
  loaded ??= createRequire(join(findProjectRoot({ required: false }) ?? process.cwd(), 'package.json'))(KERNEL_COMPILER) as KernelTypeScript;
  return loaded;
}

/**
 * tslab 1.0.22's settings for a cell (its `dist/converter.js`): ESNext
 * modules resolved the Node 10 way, ES2022, not strict, declarations on, and
 * the types of `node_modules/@types` under `typeRoots`.
 */
export function kernelCompilerOptions(ts: KernelTypeScript, typeRoots: string[] = []): import('@tslab/typescript-for-tslab').CompilerOptions {
  return {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    esModuleInterop: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    declaration: true,
    noEmit: true,
    experimentalDecorators: true,
    resolveJsonModule: true,
    jsx: ts.JsxEmit.React,
    skipLibCheck: true,
    allowJs: true,
    checkJs: true,
    ...(typeRoots.length > 0 ? { typeRoots } : {}),
  };
}

/** Transpiles one module to the CommonJS the kernel runs (not strict, as tslab emits it). */
export function transpileToCommonJs(ts: KernelTypeScript, source: string, fileName: string): string {
  return ts.transpileModule(source, {
    fileName,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      experimentalDecorators: true,
      jsx: ts.JsxEmit.React,
      newLine: ts.NewLineKind.LineFeed,
      noImplicitUseStrict: true,
    },
  }).outputText;
}
