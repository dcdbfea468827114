/**
 * The typed record of a run. Stories, charts, the CLI and the grader read
 * these, never the runner's internals. `PipelineResultsData` is exactly the
 * JSON artifact (`schemaVersion: 1`, camelCase keys); see
 * `schema/pipeline-results.schema.json`.
 *
 * @example
 * ```ts
 * import type { PipelineResultsData, NodeResult } from 'odibi-ts';
 * const data: PipelineResultsData = results.toJSON();
 * const slowest: NodeResult | undefined = [...data.nodeResults].sort((a, b) => b.durationMs - a.durationMs)[0];
 * ```
 */
import type { Row, TableSchema, ValidationOutcome } from '../engine/engine.js';
import type { Strategy } from '../config/types.js';

export type NodeStatus = 'success' | 'failed' | 'skipped' | 'notRun';
export type PipelineStatus = 'success' | 'partial' | 'failed' | 'skipped';

/** An error as data. */
export interface ErrorInfo {
  code: string;
  message: string;
  hint?: string;
  /** 1-based step number, when the error happened in a transform step. */
  step?: number;
  /** Operation or function of that step. */
  operation?: string;
}

export interface AttemptRecord {
  /** 1-based. */
  attempt: number;
  start: string;
  end: string;
  /** Milliseconds since the run started (for timelines). */
  startOffsetMs: number;
  durationMs: number;
  error?: ErrorInfo;
  /** The rejection of an attempt that had already been ended by its timeout, when it came before the results were read. */
  lateError?: ErrorInfo;
}

export interface StepRecord {
  /** 1-based. */
  index: number;
  kind: 'operation' | 'function' | 'sql';
  /** Operation or function name, or `sql`. */
  operation: string;
  params: Record<string, unknown>;
  durationMs: number;
  rowsOut: number;
}

export interface SkipInfo {
  /** `upstream_failed`: an ancestor failed; `fail_fast`: the run stopped starting nodes; `upstream_pipeline`: a pipeline this one depends on failed or was skipped; `cancelled`: the run's signal was aborted. */
  reason: 'upstream_failed' | 'fail_fast' | 'upstream_pipeline' | 'cancelled';
  /** The failed node (or pipeline) at the root of the skip. */
  rootCause?: string;
  message: string;
}

export interface NodeResult {
  name: string;
  status: NodeStatus;
  dependsOn: string[];
  /** Position in the execution layers (0-based). */
  layer: number;
  start?: string;
  end?: string;
  /** Milliseconds since the run started, when it started (for timelines). */
  startOffsetMs?: number;
  durationMs: number;
  attempts: AttemptRecord[];
  rowsIn?: number;
  rowsOut?: number;
  schema?: TableSchema;
  steps: StepRecord[];
  validation: ValidationOutcome[];
  sample: Row[];
  error?: ErrorInfo;
  skip?: SkipInfo;
  /** True when resume took this node's output instead of running it. */
  reused?: boolean;
  /** Why a node was (re-)run on resume, e.g. `output not persisted`. */
  rerunReason?: string;
  description?: string;
  tags?: string[];
}

/** One context event: a table registered or released. */
export interface ContextEvent {
  kind: 'register' | 'release';
  table: string;
  /** Milliseconds since the run started. */
  offsetMs: number;
  rows: number;
  bytes: number;
  /** After the event. */
  liveTables: number;
  liveBytes: number;
}

export interface PipelineResultsData {
  schemaVersion: 1;
  pipeline: string;
  project?: string;
  status: PipelineStatus;
  strategy: Strategy;
  maxConcurrency: number;
  start: string;
  end: string;
  durationMs: number;
  completed: string[];
  failed: string[];
  skipped: string[];
  notRun: string[];
  /** Every node, in declaration order. */
  nodeResults: NodeResult[];
  layers: string[][];
  errors: { node: string; code: string; message: string }[];
  contextEvents: ContextEvent[];
  /** Pipeline that caused this one to be skipped. */
  skippedBecause?: string;
  storyPath?: string;
  /** Why the story could not be written (the results are kept regardless). */
  storyError?: ErrorInfo;
}
