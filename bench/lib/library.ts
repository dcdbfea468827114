/**
 * Loads the library's parts at run time, so the benchmarks compile and run
 * (reporting "not yet available") while a part is still missing.
 */

/** The shape of the graph API the benchmarks use. */
export interface GraphApi {
  fromNodes(nodes: { name: string; dependsOn: string[] }[]): { order(): string[]; layers(): string[][] };
}

async function exported(name: string): Promise<unknown> {
  try {
    const mod = (await import('../../src/index.js')) as unknown as Record<string, unknown>;
    return mod[name];
  } catch {
    return undefined;
  }
}

/** The DependencyGraph class, or undefined when it is not exported yet. */
export async function loadGraphApi(): Promise<GraphApi | undefined> {
  const graph = (await exported('DependencyGraph')) as GraphApi | undefined;
  return graph && typeof graph.fromNodes === 'function' ? graph : undefined;
}

/** Any export of the public API, or undefined. */
export async function loadExport<T>(name: string): Promise<T | undefined> {
  return (await exported(name)) as T | undefined;
}
