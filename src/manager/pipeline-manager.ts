/**
 * Several pipelines of one project: built once (connections and engines
 * shared), run in pipeline-dependency order. A pipeline whose upstream
 * pipeline failed or was skipped is skipped too, and still appears in the
 * results. `run()` runs all and returns a record by name; `run('name')`
 * returns that pipeline's results; `run(['a', 'b'])` a record.
 *
 * @example
 * ```ts
 * import { PipelineManager } from 'odibi-ts';
 * const manager = await PipelineManager.fromYaml('../examples/retail/project.yaml');
 * manager.list(); // ['bronze', 'silver', 'gold']
 * const all = await manager.run();
 * all.gold.status; // 'success'
 * ```
 */
import { ConfigError } from '../config/config-error.js';
import { loadProject } from '../config/load-project.js';
import { parseProjectObject } from '../config/parse-project-object.js';
import type { ProjectConfig } from '../config/types.js';
import { connectionTypes, createConnections } from '../connections/connection-registry.js';
import type { Engine, TransformFunction } from '../engine/engine.js';
import { createEngine } from '../engine/engine-registry.js';
import { OdibiError } from '../errors.js';
import { DependencyGraph } from '../graph/dependency-graph.js';
import { checkRunOptions } from '../pipeline/check-run-options.js';
import { emit } from '../pipeline/emit.js';
import { Pipeline } from '../pipeline/pipeline.js';
import { PipelineResults } from '../results/pipeline-results.js';
import { closestMatch } from '../text/closest-match.js';
import { systemClock } from '../clock/system-clock.js';
import type { ManagerOptions, ManagerRunOptions } from './manager-options.js';
import { loadFunctions } from './load-functions.js';
import { skippedPipelineResults } from './skipped-pipeline-results.js';
import { unknownFunctions } from './unknown-functions.js';

export class PipelineManager {
  readonly project: ProjectConfig;
  readonly #pipelines: Map<string, Pipeline>;
  readonly #graph: DependencyGraph;
  readonly #options: ManagerOptions;
  /** Engines made here from the project's `engine:` names (not the caller's): closed when a run ends. */
  readonly #ownEngines: Engine<any>[] = [];
  /** Runs in progress: the engines are closed when the last one ends. */
  #running = 0;

  /** Builds the manager from a loaded project and the functions its steps may call. */
  constructor(project: ProjectConfig, functions: ReadonlyMap<string, TransformFunction>, options: ManagerOptions = {}) {
    this.project = project;
    this.#options = options;
    this.#graph = DependencyGraph.fromNodes(project.pipelines.map((p) => ({ name: p.name, dependsOn: p.dependsOn })), { kind: 'pipeline' });
    const connections = { ...createConnections(project, options.connectionRegistry), ...(options.connections ?? {}) };
    const engines = new Map<string, Engine<any>>();
    const engineFor = (name: string): Engine<any> => options.engine ?? engines.get(name) ?? this.#own(engines.set(name, createEngine(name, options.engineRegistry)).get(name)!);
    this.#pipelines = new Map(project.pipelines.map((config) => [config.name, new Pipeline(config, {
      engine: engineFor(config.engine), connections, functions, project,
      clock: options.clock, listeners: options.listeners, random: options.random, storyWriter: options.storyWriter,
    })]));
  }

  /**
   * Loads a project file, its `functions` modules, and builds the manager.
   * Throws a ConfigError listing every problem (including unknown functions).
   */
  static async fromYaml(file: string, options: ManagerOptions = {}): Promise<PipelineManager> {
    return PipelineManager.fromConfig(loadProject(file, { connectionTypes: connectionTypes(options.connectionRegistry) }), options);
  }

  /**
   * From a loaded project, or a plain object in the YAML's snake_case shape.
   * Loads the project's `functions` modules and checks every function step.
   */
  static async fromConfig(config: ProjectConfig | Record<string, unknown>, options: ManagerOptions = {}): Promise<PipelineManager> {
    const project = isProjectConfig(config) ? config : parseProjectObject(config, { connectionTypes: connectionTypes(options.connectionRegistry) });
    const functions = await loadFunctions(project.functions);
    const given = options.functions instanceof Map ? options.functions : Object.entries(options.functions ?? {});
    for (const [name, fn] of given) functions.set(name, fn);
    const problems = unknownFunctions(project, functions);
    if (problems.length > 0) throw new ConfigError(problems, project.file);
    return new PipelineManager(project, functions, options);
  }

  /** Pipeline names, in dependency order. */
  list(): string[] {
    return this.#graph.order();
  }

  /** One pipeline; an unknown name fails with PIPELINE_UNKNOWN and the list. */
  get(name: string): Pipeline {
    const pipeline = this.#pipelines.get(name);
    if (pipeline) return pipeline;
    throw unknownPipeline(name, this.list());
  }

  /** Runs every pipeline (no name), one (a name) or several (a list), in dependency order. */
  run(names?: undefined, options?: ManagerRunOptions): Promise<Record<string, PipelineResults>>;
  run(names: string, options?: ManagerRunOptions): Promise<PipelineResults>;
  run(names: string[] | undefined, options?: ManagerRunOptions): Promise<Record<string, PipelineResults>>;
  async run(names?: string | string[], options: ManagerRunOptions = {}): Promise<PipelineResults | Record<string, PipelineResults>> {
    const chosen = this.#choose(names === undefined ? undefined : typeof names === 'string' ? [names] : names, options);
    const record: Record<string, PipelineResults> = {};
    this.#running += 1;
    try {
      for (const name of chosen) record[name] = await this.#runOne(name, record, options);
    } finally {
      this.#running -= 1;
      if (this.#running === 0) await this.#closeOwnEngines();
    }
    return typeof names === 'string' ? record[names]! : record;
  }

  #own(engine: Engine<any>): Engine<any> {
    this.#ownEngines.push(engine);
    return engine;
  }

  /** Closes the engines this manager made (a DuckDB engine ends its database and removes its scratch folder; the next run opens a new one). */
  async #closeOwnEngines(): Promise<void> {
    await Promise.all(this.#ownEngines.map((engine) => engine.close?.()));
  }

  /** The chosen pipelines (dependency order) once the options are checked against them. */
  #choose(names: string[] | undefined, options: ManagerRunOptions): string[] {
    const all = this.list();
    for (const name of names ?? []) if (!this.#pipelines.has(name)) throw unknownPipeline(name, all);
    const wanted = new Set(names ?? all);
    if (options.upstream) for (const name of [...wanted]) for (const up of this.#graph.upstream(name)) wanted.add(up);
    const chosen = all.filter((n) => wanted.has(n));
    checkRunOptions(options, { pipelines: chosen, nodes: chosen.flatMap((p) => this.#pipelines.get(p)!.config.nodes.map((n) => n.name)) });
    return chosen;
  }

  async #runOne(name: string, done: Record<string, PipelineResults>, options: ManagerRunOptions): Promise<PipelineResults> {
    const pipeline = this.#pipelines.get(name)!;
    const blocker = pipeline.config.dependsOn.find((up) => done[up] && done[up]!.status !== 'success');
    if (blocker) return this.#skip(pipeline, blocker, done[blocker]!);
    const names = new Set(pipeline.config.nodes.map((n) => n.name));
    const inject = Object.fromEntries(Object.entries(options.inject ?? {}).filter(([node]) => names.has(node)));
    const { resume, upstream: _upstream, ...rest } = options;
    return pipeline.run({ ...rest, inject, resume: resume?.[name] });
  }

  #skip(pipeline: Pipeline, blocker: string, upstream: PipelineResults): PipelineResults {
    const clock = this.#options.clock ?? systemClock;
    const data = skippedPipelineResults(pipeline.config, pipeline.plan().layers, blocker, upstream.status, clock.now(), this.project.project);
    const listeners = this.#options.listeners ?? [];
    emit(listeners, { type: 'pipeline:start', pipeline: pipeline.name, nodes: pipeline.plan().order, layers: data.layers, time: data.start });
    for (const result of data.nodeResults) emit(listeners, { type: 'node:skip', pipeline: pipeline.name, node: result.name, result });
    emit(listeners, { type: 'pipeline:end', pipeline: pipeline.name, results: data });
    return new PipelineResults(data);
  }
}

/** A normalised project (from the loaders) rather than the YAML's shape. */
function isProjectConfig(value: ProjectConfig | Record<string, unknown>): value is ProjectConfig {
  const pipelines = (value as { pipelines?: unknown }).pipelines;
  return typeof (value as { baseDir?: unknown }).baseDir === 'string' && Array.isArray(pipelines)
    && pipelines.every((p) => typeof (p as { name?: unknown }).name === 'string' && Array.isArray((p as { dependsOn?: unknown }).dependsOn));
}

function unknownPipeline(name: string, available: string[]): OdibiError {
  const closest = closestMatch(name, available);
  return new OdibiError('PIPELINE_UNKNOWN', `no pipeline named "${name}"; available: ${available.join(', ') || '(none)'}`, {
    pipeline: name, hint: closest ? `did you mean "${closest}"?` : 'use one of the available names',
  });
}
