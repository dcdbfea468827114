/**
 * Everything a built Pipeline holds: its validated config and graph, and
 * the injected engine, connections, context, functions, clock, randomness,
 * listeners and story writer.
 *
 * @example
 * ```ts
 * // Internal: a Pipeline builds its parts from its options, with defaults.
 * import type { PipelineParts } from 'odibi-ts/dist/src/pipeline/pipeline-parts.js';
 * ```
 */
import type { Clock } from '../clock.js';
import type { Random } from '../clock/seeded-random.js';
import type { NodeConfig, PipelineConfig, ProjectConfig } from '../config/types.js';
import type { Connection } from '../connections/connection.js';
import type { Context } from '../context/context.js';
import type { Engine, TransformFunction } from '../engine/engine.js';
import type { Executor } from '../executor/executor.js';
import type { DependencyGraph } from '../graph/dependency-graph.js';
import type { RunListener } from './events.js';
import type { StoryWriter } from './pipeline-options.js';

export interface PipelineParts<T> {
  config: PipelineConfig;
  graph: DependencyGraph;
  nodes: ReadonlyMap<string, NodeConfig>;
  engine: Engine<T>;
  connections: Readonly<Record<string, Connection>>;
  context: Context<T>;
  functions: ReadonlyMap<string, TransformFunction>;
  clock: Clock;
  random: Random;
  listeners: readonly RunListener[];
  project?: ProjectConfig;
  storyWriter?: StoryWriter;
  /** Where attempts run; undefined = this process. */
  executor?: Executor;
}
