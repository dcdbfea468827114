/**
 * Loads the project's `functions` modules (TypeScript or JavaScript, with
 * tsx) and registers every exported function under its export name.
 * A module that cannot be loaded fails with CONFIG_FUNCTIONS_MODULE naming
 * the file.
 *
 * @example
 * ```ts
 * import { loadFunctions } from '../src/index.js';
 * const functions = await loadFunctions(['/abs/path/to/examples/retail/functions.ts']);
 * [...functions.keys()]; // e.g. ['addCustomerSegment']
 * ```
 */
import { pathToFileURL } from 'node:url';
import type { TransformFunction } from '../engine/engine.js';
import { OdibiError } from '../errors.js';

type TsImport = (specifier: string, parentURL: string) => Promise<Record<string, unknown>>;

// A variable specifier keeps the import out of type resolution (tslab resolves like Node 10).
const TSX_API = 'tsx/esm/api';

export async function loadFunctions(modules: readonly string[]): Promise<Map<string, TransformFunction>> {
  const functions = new Map<string, TransformFunction>();
  if (modules.length === 0) return functions;
  const { tsImport } = (await import(TSX_API)) as { tsImport: TsImport };
  for (const file of modules) {
    const url = pathToFileURL(file).href;
    let exported: Record<string, unknown>;
    try {
      exported = await tsImport(url, url);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new OdibiError('CONFIG_FUNCTIONS_MODULE', `functions module ${file} could not be loaded: ${reason}`, {
        file, hint: 'check the path (relative to the project file) and that the module compiles', cause: error,
      });
    }
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value === 'function' && name !== 'default') functions.set(name, value as TransformFunction);
    }
  }
  return functions;
}
