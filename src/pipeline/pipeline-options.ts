/**
 * What a Pipeline is built with (everything injected, with defaults) and
 * what one run may change.
 *
 * @example
 * ```ts
 * import { Pipeline, VirtualClock, type PipelineOptions, type RunOptions } from 'odibi-ts';
 * const options: PipelineOptions = { clock: new VirtualClock(), listeners: [(e) => console.log(e.type)], storyWriter: false };
 * const run: RunOptions = { strategy: 'layers', maxConcurrency: 2, inject: { load_orders: { failTimes: 1 } } };
 * ```
 */
import type { ColumnTable } from 'arquero';
import type { Clock } from '../clock.js';
import type { Random } from '../clock/seeded-random.js';
import type { ExecutorConfig, ProjectConfig, StoryFormat, Strategy } from '../config/types.js';
import type { Connection } from '../connections/connection.js';
import type { ConnectionRegistry } from '../connections/connection-registry.js';
import type { Context } from '../context/context.js';
import type { Engine, TransformFunction } from '../engine/engine.js';
import type { EngineRegistry } from '../engine/engine-registry.js';
import type { Injection } from '../node/injection.js';
import type { PipelineResults } from '../results/pipeline-results.js';
import type { PipelineResultsData } from '../results/types.js';
import type { DispatchRule } from './dispatch-rule.js';
import type { RunListener } from './events.js';

/** Writes the story of a run; returns where, and what it could not write (formats) or had to leave out (charts). */
export type StoryWriter = (
  results: PipelineResultsData,
  options: { connection: Connection; dir: string; formats: StoryFormat[]; now: Date; maxSampleRows?: number },
) => Promise<{ storyPath: string; paths: string[]; failed?: { format: StoryFormat; message: string }[]; leftOut?: { part: string; message: string }[] }>;

export interface PipelineOptions<T = ColumnTable> {
  /** Default: the engine the pipeline's config names (`arquero`), made by the pipeline and closed after each run. A passed engine stays yours to close. */
  engine?: Engine<T>;
  /** Where `config.engine` is found when no engine is passed. Default: the default registry (`registerEngine` adds to it). */
  engineRegistry?: EngineRegistry;
  /** Connections by name. Default: built from `project.connections`, else none. */
  connections?: Record<string, Connection>;
  /** Where the types of `project.connections` are found when no connections are passed. Default: the default registry (`registerConnectionType` adds to it). */
  connectionRegistry?: ConnectionRegistry;
  /** Where tables are shared. Default: a new Context on the engine. */
  context?: Context<T>;
  /** Functions for `function` steps, by name. */
  functions?: Record<string, TransformFunction> | ReadonlyMap<string, TransformFunction>;
  /** Default: the system clock. */
  clock?: Clock;
  /** Receive every RunEvent. */
  listeners?: RunListener[];
  /** Randomness for retry jitter. Default: seeded with 0. */
  random?: Random;
  /** The project the pipeline belongs to: story settings, other pipelines' outputs. */
  project?: ProjectConfig;
  /** Writes the story after a run when the project's `story.auto_generate` is on; `false` never writes one. */
  storyWriter?: StoryWriter | false;
  /** Where attempts run. Default: the project's `executor:`, else this process. `{ type: 'queue' }` sends them to `odibi worker` processes through Redis. */
  executor?: ExecutorConfig;
}

export interface RunOptions {
  /** Default: the pipeline's strategy. */
  strategy?: Strategy;
  /** Default: the pipeline's max_concurrency. */
  maxConcurrency?: number;
  /**
   * When a ready node may start, instead of the strategy's own rule (see
   * `dispatchRule`): for trying a scheduling rule of your own on the real
   * runner. Ready nodes are offered lowest layer first and a dispatch stops at
   * the first refusal, so a rule that refuses a node must refuse every node
   * offered after it. The results still name the run's `strategy`.
   */
  rule?: DispatchRule;
  /** Selection: `name`, `+name` (with upstream), `name+` (with downstream), `tag:x`, comma-separated. */
  select?: string;
  /** A previous run of this pipeline: only its failed and skipped nodes run again. */
  resume?: PipelineResults | PipelineResultsData;
  /** Failures and delays by node name (lessons and tests). */
  inject?: Record<string, Injection>;
  /** Keep every table in the context after the run (for inspection). */
  keep?: boolean;
  /**
   * A forced garbage collection, off by default: V8 frees released tables
   * when it next decides to, which can be several tables later. Given, it is
   * called each time the tables released since the last call add up to
   * `collectAfterMb` and to the tables still live (the engine's estimates),
   * never after the last node, so a released table's memory is free before
   * the next node allocates. The memory benchmark passes `globalThis.gc`
   * (Node started with `--expose-gc`).
   */
  collect?: () => void;
  /** With `collect`: MB of released tables between two calls. Default 8; small tables never reach it. */
  collectAfterMb?: number;
  /** Cancels the run: nothing new starts, running nodes are aborted. */
  signal?: AbortSignal;
}
