/**
 * The zod schema of the results artifact (`PipelineResultsData`,
 * `schemaVersion: 1`): the one source of the results types (results/types.ts
 * infers them from it), of `PipelineResults.fromJSON`'s validation and of the
 * committed `schema/pipeline-results.schema.json`.
 *
 * @example
 * ```ts
 * import { resultsSchema } from 'odibi-ts/dist/src/results/results-schema.js';
 * resultsSchema.safeParse({ schemaVersion: 1 }).success; // false
 * ```
 */
import { z } from 'zod';
import { EXECUTOR_TYPES, STEP_KINDS, STRATEGIES } from '../config/types.js';
import type { ValidationOutcome } from '../engine/engine.js';
import type { AttemptRecord, ContextEvent, ErrorInfo, NodeResult, SkipInfo, StepRecord } from './types.js';

/** How a node's run ended. */
export const NODE_STATUSES = ['success', 'failed', 'skipped', 'notRun'] as const;
/** How a pipeline's run ended (see `pipelineStatus`). */
export const PIPELINE_STATUSES = ['success', 'partial', 'failed', 'skipped'] as const;
/** Why a node did not run. */
export const SKIP_REASONS = ['upstream_failed', 'fail_fast', 'upstream_pipeline', 'cancelled'] as const;

// Each record's schema is given its interface's name (a checked widening), and
// each enum the plain union of its names, so types read `AttemptRecord[]` and
// `'success' | 'failed' | ...` rather than zod's inferred forms.

function oneOf<const T extends readonly [string, ...string[]]>(names: T): z.ZodType<T[number]> {
  return z.enum(names);
}

export const errorInfoSchema = z.object({
  code: z.string(),
  message: z.string(),
  hint: z.string().optional(),
  /** 1-based step number, when the error happened in a transform step. */
  step: z.number().int().optional(),
  /** Operation or function of that step. */
  operation: z.string().optional(),
});
const errorInfo: z.ZodType<ErrorInfo> = errorInfoSchema;

export const attemptSchema = z.object({
  /** 1-based. */
  attempt: z.number().int().min(1),
  start: z.string(),
  end: z.string(),
  /** Milliseconds since the run started (for timelines). */
  startOffsetMs: z.number(),
  durationMs: z.number(),
  error: errorInfo.optional(),
  /** The rejection of an attempt that had already been ended by its timeout, when it came before the results were read. */
  lateError: errorInfo.optional(),
  /** The worker that ran the attempt (queue executor; absent in process). */
  worker: z.string().optional(),
});
const attempt: z.ZodType<AttemptRecord> = attemptSchema;

export const stepSchema = z.object({
  /** 1-based. */
  index: z.number().int().min(1),
  kind: oneOf(STEP_KINDS),
  /** Operation or function name, or `sql`. */
  operation: z.string(),
  params: z.record(z.string(), z.unknown()),
  durationMs: z.number(),
  rowsOut: z.number(),
});
const step: z.ZodType<StepRecord> = stepSchema;

export const skipInfoSchema = z.object({
  /** `upstream_failed`: an ancestor failed; `fail_fast`: the run stopped starting nodes; `upstream_pipeline`: a pipeline this one depends on failed or was skipped; `cancelled`: the run's signal was aborted. */
  reason: oneOf(SKIP_REASONS),
  /** The failed node (or pipeline) at the root of the skip. */
  rootCause: z.string().optional(),
  message: z.string(),
});
const skipInfo: z.ZodType<SkipInfo> = skipInfoSchema;

const validationOutcome: z.ZodType<ValidationOutcome> = z.object({ rule: z.string(), passed: z.boolean(), message: z.string().optional() });

export const nodeResultSchema = z.object({
  name: z.string(),
  status: oneOf(NODE_STATUSES),
  dependsOn: z.array(z.string()),
  /** Position in the execution layers (0-based). */
  layer: z.number().int(),
  start: z.string().optional(),
  end: z.string().optional(),
  /** Milliseconds since the run started, when it started (for timelines). */
  startOffsetMs: z.number().optional(),
  durationMs: z.number(),
  attempts: z.array(attempt),
  rowsIn: z.number().optional(),
  rowsOut: z.number().optional(),
  /** Column name -> type name, as the engine reports it. */
  schema: z.record(z.string(), z.string()).optional(),
  steps: z.array(step),
  validation: z.array(validationOutcome),
  sample: z.array(z.record(z.string(), z.unknown())),
  error: errorInfo.optional(),
  skip: skipInfo.optional(),
  /** Where the node's table was staged for its consumers (queue executor): `connection:path`. */
  stagedAt: z.string().optional(),
  /** True when resume took this node's output instead of running it. */
  reused: z.boolean().optional(),
  /** Why a node was (re-)run on resume, e.g. `output not persisted`. */
  rerunReason: z.string().optional(),
  description: z.string().optional(),
  tags: z.array(z.string()).optional(),
});
const nodeResult: z.ZodType<NodeResult> = nodeResultSchema;

export const contextEventSchema = z.object({
  kind: oneOf(['register', 'release']),
  table: z.string(),
  /** Milliseconds since the run started. */
  offsetMs: z.number(),
  rows: z.number(),
  bytes: z.number(),
  /** After the event. */
  liveTables: z.number(),
  liveBytes: z.number(),
});
const contextEvent: z.ZodType<ContextEvent> = contextEventSchema;

export const resultsSchema = z.object({
  schemaVersion: z.literal(1),
  pipeline: z.string(),
  /** Identifies the run (staging folder, queue jobs, keyed appends). */
  runId: z.string().optional(),
  /** The first run of a chain of resumed runs, when this one resumed it (appends stay keyed by it). */
  resumes: z.string().optional(),
  /** Where the attempts ran: `in_process` (also when absent) or `queue`. */
  executor: oneOf(EXECUTOR_TYPES).optional(),
  project: z.string().optional(),
  status: oneOf(PIPELINE_STATUSES),
  strategy: oneOf(STRATEGIES),
  maxConcurrency: z.number().int().min(1),
  start: z.string(),
  end: z.string(),
  durationMs: z.number(),
  completed: z.array(z.string()),
  failed: z.array(z.string()),
  skipped: z.array(z.string()),
  notRun: z.array(z.string()),
  /** Every node, in declaration order. */
  nodeResults: z.array(nodeResult),
  layers: z.array(z.array(z.string())),
  errors: z.array(z.object({ node: z.string(), code: z.string(), message: z.string() })),
  contextEvents: z.array(contextEvent),
  /** Pipeline that caused this one to be skipped. */
  skippedBecause: z.string().optional(),
  storyPath: z.string().optional(),
  /** Why the story could not be written (the results are kept regardless). */
  storyError: errorInfo.optional(),
});
