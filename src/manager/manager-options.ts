/**
 * What a PipelineManager is built with, and what one of its runs may change.
 *
 * @example
 * ```ts
 * import { PipelineManager, type ManagerOptions, type ManagerRunOptions } from 'odibi-ts';
 * const options: ManagerOptions = { listeners: [(e) => console.log(e.type)] };
 * const run: ManagerRunOptions = { strategy: 'sequential', upstream: true };
 * const manager = await PipelineManager.fromYaml('../examples/retail/project.yaml', options);
 * await manager.run(['gold'], run);
 * ```
 */
import type { Clock } from '../clock.js';
import type { ExecutorConfig } from '../config/types.js';
import type { Random } from '../clock/seeded-random.js';
import type { Connection } from '../connections/connection.js';
import type { ConnectionRegistry } from '../connections/connection-registry.js';
import type { Engine, TransformFunction } from '../engine/engine.js';
import type { EngineRegistry } from '../engine/engine-registry.js';
import type { RunListener } from '../pipeline/events.js';
import type { RunOptions, StoryWriter } from '../pipeline/pipeline-options.js';
import type { PipelineResults } from '../results/pipeline-results.js';
import type { PipelineResultsData } from '../results/types.js';

export interface ManagerOptions {
  /** One engine for every pipeline; it stays yours to close. Default: one instance per engine name the project uses, made by the manager and closed when each `run` ends. */
  engine?: Engine<any>;
  /** Where the project's `engine:` names are found. Default: the default registry (`registerEngine` adds to it). */
  engineRegistry?: EngineRegistry;
  /** Connections by name; they replace the project's of the same name. Built once, shared by every pipeline. */
  connections?: Record<string, Connection>;
  /** Where the project's connection types are found, when loading it and building its connections. Default: the default registry (`registerConnectionType` adds to it). */
  connectionRegistry?: ConnectionRegistry;
  /** Functions for `function` steps, besides those of the project's `functions` modules. */
  functions?: Record<string, TransformFunction> | ReadonlyMap<string, TransformFunction>;
  clock?: Clock;
  listeners?: RunListener[];
  random?: Random;
  storyWriter?: StoryWriter | false;
  /** Where attempts run, over the project's `executor:` (default: this process). `odibi run --executor queue --redis URL` sets it. */
  executor?: ExecutorConfig;
}

export interface ManagerRunOptions extends Omit<RunOptions, 'resume' | 'inject'> {
  /** Previous results by pipeline name (the record `run()` and `odibi run --json` give). */
  resume?: Record<string, PipelineResults | PipelineResultsData>;
  /** Failures and delays by node name, in whichever pipeline has the node. */
  inject?: RunOptions['inject'];
  /** Also run the pipelines the named ones depend on, transitively. */
  upstream?: boolean;
}
