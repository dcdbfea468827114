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
import { createEngine } from '../engine/engine-registry.js';
import { DependencyGraph } from '../graph/dependency-graph.js';
import type { PipelineResults } from '../results/pipeline-results.js';
import { defaultStoryWriter } from './default-story-writer.js';
import type { PipelineOptions, RunOptions } from './pipeline-options.js';
import type { PipelineParts } from './pipeline-parts.js';
import { runPipeline } from './run-pipeline.js';
import { validatePipeline, type ValidationReport } from './validate-pipeline.js';

export class Pipeline<T = ColumnTable> {
  readonly #parts: PipelineParts<T>;
  /** True when the engine was made here from `config.engine` (then closed after each run), not passed in. */
  readonly #ownsEngine: boolean;

  constructor(config: PipelineConfig, options: PipelineOptions<T> = {}) {
    this.#ownsEngine = options.engine === undefined;
    const engine = options.engine ?? (createEngine(config.engine, options.engineRegistry) as PipelineParts<T>['engine']);
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
    };
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
    const results = runPipeline(this.#parts, options);
    return this.#ownsEngine ? results.finally(() => this.#parts.engine.close?.()) : results;
  }
}

function toFunctionMap(functions: PipelineOptions['functions']): ReadonlyMap<string, TransformFunction> {
  if (!functions) return new Map();
  if (functions instanceof Map) return new Map(functions);
  return new Map(Object.entries(functions as Record<string, TransformFunction>));
}
