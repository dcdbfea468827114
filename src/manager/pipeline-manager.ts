/**
 * Several pipelines of one project: built once (connections and engines
 * shared), run in pipeline-dependency order by the same scheduling loop as
 * nodes (pipelines are its units, one at a time). A pipeline whose upstream
 * pipeline failed, had failures or was skipped is skipped too, naming that
 * pipeline, and still appears in the results. `run()` runs all and returns
 * a record by name; `run('name')` returns that pipeline's results;
 * `run(['a', 'b'])` a record.
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
import type { TransformFunction } from '../engine/engine.js';
import { engineNames } from '../engine/engine-registry.js';
import { OdibiError } from '../errors.js';
import { DependencyGraph } from '../graph/dependency-graph.js';
import { checkRunOptions } from '../pipeline/check-run-options.js';
import { dispatchRule } from '../pipeline/dispatch-rule.js';
import { EngineOwner } from '../pipeline/engine-owner.js';
import { Pipeline } from '../pipeline/pipeline.js';
import { schedule } from '../pipeline/schedule.js';
import type { PipelineResults } from '../results/pipeline-results.js';
import type { SkipInfo } from '../results/types.js';
import { closestMatch } from '../text/closest-match.js';
import type { ManagerOptions, ManagerRunOptions } from './manager-options.js';
import { loadFunctions } from './load-functions.js';
import { unknownFunctions } from './unknown-functions.js';

export class PipelineManager {
  readonly project: ProjectConfig;
  readonly #pipelines: Map<string, Pipeline>;
  readonly #graph: DependencyGraph;
  /** The caller's engine, or one made per `engine:` name and closed when a run ends. */
  readonly #engines: EngineOwner;

  /** Builds the manager from a loaded project and the functions its steps may call. */
  constructor(project: ProjectConfig, functions: ReadonlyMap<string, TransformFunction>, options: ManagerOptions = {}) {
    this.project = project;
    this.#graph = DependencyGraph.fromNodes(project.pipelines.map((p) => ({ name: p.name, dependsOn: p.dependsOn })), { kind: 'pipeline' });
    this.#engines = new EngineOwner(options.engine, options.engineRegistry);
    const connections = { ...createConnections(project, options.connectionRegistry), ...(options.connections ?? {}) };
    this.#pipelines = new Map(project.pipelines.map((config) => [config.name, new Pipeline(config, {
      engine: this.#engines.engineFor(config.engine), connections, functions, project,
      clock: options.clock, listeners: options.listeners, random: options.random, storyWriter: options.storyWriter, executor: options.executor,
    })]));
  }

  /**
   * Loads a project file, its `functions` modules, and builds the manager.
   * Throws a ConfigError listing every problem (including unknown functions).
   */
  static async fromYaml(file: string, options: ManagerOptions = {}): Promise<PipelineManager> {
    return PipelineManager.fromConfig(loadProject(file, { connectionTypes: connectionTypes(options.connectionRegistry), engines: engineNames(options.engineRegistry) }), options);
  }

  /**
   * From a loaded project, or a plain object in the YAML's snake_case shape.
   * Loads the project's `functions` modules and checks every function step.
   */
  static async fromConfig(config: ProjectConfig | Record<string, unknown>, options: ManagerOptions = {}): Promise<PipelineManager> {
    const project = isProjectConfig(config) ? config : parseProjectObject(config, { connectionTypes: connectionTypes(options.connectionRegistry), engines: engineNames(options.engineRegistry) });
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
    const done = await this.#engines.during(() => this.#schedule(chosen, options));
    const record: Record<string, PipelineResults> = Object.fromEntries(chosen.map((name) => [name, done.get(name)!]));
    return typeof names === 'string' ? record[names]! : record;
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

  /**
   * The chosen pipelines through the scheduling loop, one at a time. An error
   * a run throws (invalid options for that pipeline, say) stops the loop and
   * is thrown once it ends, as if nothing after it had been scheduled.
   */
  async #schedule(chosen: string[], options: ManagerRunOptions): Promise<Map<string, PipelineResults>> {
    const done = new Map<string, PipelineResults>();
    const stop = new AbortController();
    let thrown: { error: unknown } | undefined;
    await schedule({
      graph: this.#graph,
      units: new Set(chosen),
      maxConcurrency: 1,
      rule: dispatchRule('sequential'),
      signal: stop.signal,
      run: async (name) => {
        try {
          const results = await this.#runOne(name, options);
          done.set(name, results);
          return results.status === 'success';
        } catch (error) {
          thrown = { error };
          stop.abort();
          return false;
        }
      },
      blocked: (_name, upstream) => upstreamPipelineSkip(upstream, done.get(upstream)),
      skip: (name, info) => void (thrown || done.set(name, this.#pipelines.get(name)!.skip(info))),
    });
    if (thrown) throw thrown.error;
    return done;
  }

  #runOne(name: string, options: ManagerRunOptions): Promise<PipelineResults> {
    const pipeline = this.#pipelines.get(name)!;
    const names = new Set(pipeline.config.nodes.map((n) => n.name));
    const inject = Object.fromEntries(Object.entries(options.inject ?? {}).filter(([node]) => names.has(node)));
    const { resume, upstream: _upstream, ...rest } = options;
    return pipeline.run({ ...rest, inject, resume: resume?.[name] });
  }
}

/** Why a pipeline does not run: the pipeline it depends on did not succeed (its results; none when its run threw). */
function upstreamPipelineSkip(upstream: string, results: PipelineResults | undefined): SkipInfo {
  const status = results?.status;
  const what = status === 'skipped' ? 'was skipped' : status === 'partial' ? 'had failures' : String(status); // 'failed'
  return { reason: 'upstream_pipeline', rootCause: upstream, message: `pipeline "${upstream}" ${what}` };
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
