/**
 * The executor seam: the scheduling loop decides what may start; an
 * executor decides where a node's attempt runs. The default is this process
 * (no executor object at all: the pipeline runs the attempt itself, loading
 * nothing new). The queue executor sends each attempt to a worker and gets
 * back the facts of its table (rows, schema, sample) and where the table was
 * staged; the tables themselves never come back, they travel through the
 * staging area from producer to consumer.
 *
 * @example
 * ```ts
 * import type { Executor } from 'odibi-ts/dist/src/executor/executor.js';
 * // A pipeline run asks its executor for a run, hands it each attempt, and ends it:
 * // const run = await executor.open({ pipeline, project, keep: false });
 * // const facts = await run.attempt({ node, attempt: 1, signal, progress, record });
 * // await run.end();
 * ```
 */
import type { ExecutorType, NodeConfig, PipelineConfig, ProjectConfig } from '../config/types.js';
import type { Row, TableSchema } from '../engine/engine.js';
import type { Injection } from '../node/injection.js';
import type { AttemptProgress } from '../node/run-attempt.js';
import type { TableReleaser } from '../pipeline/table-releaser.js';
import type { AttemptRecord, ContextEvent } from '../results/types.js';

/** What a pipeline run tells its executor when it starts. */
export interface ExecutorRunInfo {
  pipeline: PipelineConfig;
  project?: ProjectConfig;
  /** Keep every staged table after the run (RunOptions.keep). */
  keep: boolean;
  /** The run this one resumes: appends stay keyed by it, so a node that appended then cannot append again. */
  resumes?: string;
}

/** One attempt to run elsewhere. */
export interface RemoteAttemptRequest {
  node: NodeConfig;
  /** 1-based. */
  attempt: number;
  /** Aborted by the node's timeout or the run's cancellation: the attempt is cancelled on its worker. */
  signal: AbortSignal;
  /** Filled in from the worker's report (phase, steps, validation), also when the attempt fails. */
  progress: AttemptProgress;
  /** The attempt's record: the executor sets `worker`. */
  record: AttemptRecord;
  /** Called once, when a worker takes the attempt. */
  onWorker?: (worker: string) => void;
  injection?: Injection;
}

/** What a successful remote attempt reports about its table. */
export interface RemoteTableFacts {
  rowsOut: number;
  schema: TableSchema;
  sample: Row[];
  /** `connection:path` of the staged table. */
  stagedAt: string;
}

/** One pipeline run on an executor. Its releaser deletes staged tables no node needs any more. */
export interface ExecutorRun extends TableReleaser {
  readonly runId: string;
  /** Runs one attempt; rejects with the attempt's error (an OdibiError with its code). */
  attempt(request: RemoteAttemptRequest): Promise<RemoteTableFacts>;
  /** Whether `node`'s output, which this run does not produce, can reach the workers (its write target exists). */
  inputAvailable(node: string): Promise<boolean>;
  /** Staged tables registered and released, as the context would record them (for the memory chart). */
  contextEvents(): ContextEvent[];
  /** Ends the run: deletes what no one keeps, stops its heartbeat. */
  end(): Promise<void>;
}

/** Where attempts run, when not in this process. */
export interface Executor {
  readonly type: ExecutorType;
  open(info: ExecutorRunInfo): Promise<ExecutorRun>;
  /** Closes connections (Redis); the executor opens them again when used again. */
  close(): Promise<void>;
}
