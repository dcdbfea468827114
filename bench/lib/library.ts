/**
 * Loads the library's parts at run time, so the benchmarks compile and run
 * (reporting "not yet available") while a part is still missing.
 */

/** The shape of the graph API the benchmarks use. */
export interface GraphApi {
  fromNodes(nodes: { name: string; dependsOn: string[] }[]): { order(): string[]; layers(): string[][] };
}

/** Where each part lives, for when the public index does not export it yet. */
const MODULES: Record<string, string> = {
  DependencyGraph: '../../src/graph/dependency-graph.js',
  Pipeline: '../../src/pipeline/pipeline.js',
  PipelineManager: '../../src/manager/pipeline-manager.js',
  ArqueroEngine: '../../src/engine/arquero/arquero-engine.js',
  MemoryConnection: '../../src/connections/memory-connection.js',
};

async function exported(name: string): Promise<unknown> {
  for (const path of ['../../src/index.js', MODULES[name]]) {
    if (!path) continue;
    try {
      const mod = (await import(path)) as Record<string, unknown>;
      if (mod[name] !== undefined) return mod[name];
    } catch {
      // not there yet: try the next place
    }
  }
  return undefined;
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

/** The runner options the benchmarks pass to `Pipeline.run`. */
export interface BenchRunOptions {
  strategy?: string;
  maxConcurrency?: number;
  keep?: boolean;
  collect?: () => void;
}

/** The part of a pipeline's results the benchmarks read. */
export interface BenchResults {
  status: string;
  completed: readonly string[];
  failed: readonly string[];
  nodeResults: readonly { name: string; startOffsetMs?: number; durationMs: number }[];
  contextEvents?: readonly unknown[];
}

/** The shape of the Pipeline class the benchmarks use. */
export type PipelineClass = new (config: unknown, env: Record<string, unknown>) => {
  run(options?: BenchRunOptions): Promise<BenchResults | { toJSON(): BenchResults }>;
};

/** The Pipeline class, or undefined when it is not exported yet. */
export async function loadPipeline(): Promise<PipelineClass | undefined> {
  const cls = await loadExport<PipelineClass>('Pipeline');
  return typeof cls === 'function' ? cls : undefined;
}

/** The results' fields, from the results object itself or its JSON form. */
export function resultsData(results: BenchResults | { toJSON(): BenchResults }): BenchResults {
  if ('completed' in results) return results as BenchResults; // read the getters: toJSON() would add its own cost to the timing
  return results.toJSON();
}
