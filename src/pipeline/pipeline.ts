/**
 * A pipeline ready to run: its validated config and dependency graph, and
 * everything it runs with, injected (engine, connections, context,
 * functions, clock, listeners, randomness), each with a default. Building
 * it checks the graph (an invalid graph never reaches the runner); after
 * that it is immutable and can run many times. Its table type is the
 * engine's (Arquero's `ColumnTable` by default).
 *
 * @example
 * ```ts
 * import { Pipeline, loadProjectFromString } from 'odibi-ts';
 * const project = loadProjectFromString(`
 * project: demo
 * connections: { mem: { type: memory } }
 * pipelines:
 *   - pipeline: demo
 *     nodes:
 *       - { name: numbers, read: { connection: mem, path: numbers, format: json } }
 * `);
 * const pipeline = new Pipeline(project.pipelines[0]!, { project });
 * pipeline.plan(); // { order: ['numbers'], layers: [['numbers']] }
 * ```
 */
import type { ColumnTable } from 'arquero';
import type { PipelineConfig } from '../config/types.js';
import { systemClock } from '../clock/system-clock.js';
import { seededRandom } from '../clock/seeded-random.js';
import { createConnections } from '../connections/connection-registry.js';
import { Context } from '../context/context.js';
import type { TransformFunction } from '../engine/engine.js';
import { createExecutor } from '../executor/create-executor.js';
import { DependencyGraph } from '../graph/dependency-graph.js';
import type { PipelineResults } from '../results/pipeline-results.js';
import type { SkipInfo } from '../results/types.js';
import { defaultStoryWriter } from './default-story-writer.js';
import { EngineOwner } from './engine-owner.js';
import type { PipelineOptions, RunOptions } from './pipeline-options.js';
import type { PipelineParts } from './pipeline-parts.js';
import { runPipeline, skipPipeline } from './run-pipeline.js';
import { validatePipeline, type ValidationReport } from './validate-pipeline.js';

export class Pipeline<T = ColumnTable> {
  readonly #parts: PipelineParts<T>;
  readonly #engines: EngineOwner<T>;

  constructor(config: PipelineConfig, options: PipelineOptions<T> = {}) {
    this.#engines = new EngineOwner(options.engine, options.engineRegistry);
    const engine = this.#engines.engineFor(config.engine);
    const clock = options.clock ?? systemClock;
    this.#parts = {
      config,
      graph: DependencyGraph.fromNodes(config.nodes),
      nodes: new Map(config.nodes.map((n) => [n.name, n])),
      engine,
      connections: options.connections ?? (options.project ? createConnections(options.project, options.connectionRegistry) : {}),
      context: options.context ?? new Context(engine, () => clock.monotonic()),
      functions: toFunctionMap(options.functions),
      clock,
      random: options.random ?? seededRandom(0),
      listeners: [...(options.listeners ?? [])],
      project: options.project,
      storyWriter: options.storyWriter === false ? undefined : (options.storyWriter ?? defaultStoryWriter),
      executor: createExecutor(options.executor ?? options.project?.executor, clock),
    };
    engine.allowFolders?.(Object.values(this.#parts.connections).flatMap((c) => (typeof c.localPath === 'function' ? [c.localPath('.')] : [])));
  }

  get name(): string {
    return this.#parts.config.name;
  }

  get config(): PipelineConfig {
    return this.#parts.config;
  }

  get graph(): DependencyGraph {
    return this.#parts.graph;
  }

  /** The tables of the last run (those kept: outputs, cached, or all with `keep`). */
  get context(): Context<T> {
    return this.#parts.context;
  }

  /** Order and layers, without running anything. */
  plan(): { order: string[]; layers: string[][] } {
    return { order: this.#parts.graph.order(), layers: this.#parts.graph.layers() };
  }

  /** Checks connections, files and functions; never throws. */
  validate(): Promise<ValidationReport> {
    return validatePipeline(this.#parts).catch((error: unknown) => ({
      errors: [{ code: 'NODE_FAILED', pipeline: this.name, message: `validation could not finish: ${error instanceof Error ? error.message : String(error)}` }],
      warnings: [],
    }));
  }

  /** Runs the pipeline; node failures are in the results, never thrown. */
  run(options: RunOptions = {}): Promise<PipelineResults> {
    return this.#engines.during(async () => {
      try {
        return await runPipeline(this.#parts, options);
      } finally {
        await this.#parts.executor?.close();
      }
    });
  }

  /**
   * The results of a run that does not happen (the manager's scheduler
   * skipped this pipeline; `info` says why, its `rootCause` becomes
   * `skippedBecause`): every node skipped, no story. Listeners get the
   * events of a run: pipeline:start, node:skip for each node, pipeline:end.
   */
  skip(info: SkipInfo): PipelineResults {
    return skipPipeline(this.#parts, info);
  }
}

function toFunctionMap(functions: PipelineOptions['functions']): ReadonlyMap<string, TransformFunction> {
  if (!functions) return new Map();
  if (functions instanceof Map) return new Map(functions);
  return new Map(Object.entries(functions as Record<string, TransformFunction>));
}
