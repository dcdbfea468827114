/**
 * Loads the project's `functions` modules (TypeScript or JavaScript, with
 * tsx) and registers every exported function under its export name.
 * A module that cannot be loaded fails with CONFIG_FUNCTIONS_MODULE naming
 * the file. Each function loaded this way remembers its module
 * (`functionSource`), so a node with `timeout_ms` can load it again in a
 * worker thread, where its deadline can stop it.
 *
 * @example
 * ```ts
 * import { loadFunctions } from 'odibi-ts';
 * import * as path from 'node:path';
 * const functions = await loadFunctions([path.resolve('../examples/retail/functions.ts')]);
 * [...functions.keys()]; // e.g. ['addCustomerSegment']
 * ```
 */
import { pathToFileURL } from 'node:url';
import type { TransformFunction } from '../engine/engine.js';
import { OdibiError } from '../errors.js';
import type { FunctionSource } from '../node/step-job.js';

/** The module and export each loaded function came from. */
const sources = new WeakMap<TransformFunction, FunctionSource>();

/** Where `fn` was loaded from by {@link loadFunctions}; undefined for a function made anywhere else (a notebook cell, a test). */
export function functionSource(fn: TransformFunction | undefined): FunctionSource | undefined {
  return fn ? sources.get(fn) : undefined;
}

type TsImport = (specifier: string, parentURL: string) => Promise<Record<string, unknown>>;
type TsxRequire = (id: string, parentURL: string) => Record<string, unknown>;

// Variable specifiers keep the imports out of type resolution (tslab resolves like Node 10).
const TSX_ESM_API = 'tsx/esm/api';
const TSX_CJS_API = 'tsx/cjs/api';

/**
 * Imports one TypeScript module. Under an ES-module runtime (the CLI, tests) tsx's
 * `tsImport` does it; inside the notebook kernel, which runs CommonJS and where tsx's
 * CommonJS build of `tsImport` cannot load, tsx's scoped `require` does.
 */
async function importTypeScript(file: string): Promise<Record<string, unknown>> {
  const url = pathToFileURL(file).href;
  if (typeof require === 'function') {
    const api = require(TSX_CJS_API) as { require: TsxRequire };
    return api.require(file, url);
  }
  const { tsImport } = (await import(TSX_ESM_API)) as { tsImport: TsImport };
  return tsImport(url, url);
}

export async function loadFunctions(modules: readonly string[]): Promise<Map<string, TransformFunction>> {
  const functions = new Map<string, TransformFunction>();
  if (modules.length === 0) return functions;
  for (const file of modules) {
    let exported: Record<string, unknown>;
    try {
      exported = await importTypeScript(file);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new OdibiError('CONFIG_FUNCTIONS_MODULE', `functions module ${file} could not be loaded: ${reason}`, {
        file, hint: 'check the path (relative to the project file) and that the module compiles', cause: error,
      });
    }
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value !== 'function' || name === 'default') continue;
      functions.set(name, value as TransformFunction);
      if (!sources.has(value as TransformFunction)) sources.set(value as TransformFunction, { file, exportName: name });
    }
  }
  return functions;
}
