/**
 * The typed record of a run. Stories, charts, the CLI and the grader read
 * these, never the runner's internals. `PipelineResultsData` is exactly the
 * JSON artifact (`schemaVersion: 1`, camelCase keys); see
 * `schema/pipeline-results.schema.json`. Every type here is inferred from
 * the zod schema in results-schema.ts, where each field is documented, so
 * the types, the validation and the JSON Schema cannot drift apart.
 *
 * @example
 * ```ts
 * import type { PipelineResultsData, NodeResult } from 'odibi-ts';
 * const data: PipelineResultsData = results.toJSON();
 * const slowest: NodeResult | undefined = [...data.nodeResults].sort((a, b) => b.durationMs - a.durationMs)[0];
 * ```
 */
import type { z } from 'zod';
import type {
  attemptSchema, contextEventSchema, errorInfoSchema, NODE_STATUSES, nodeResultSchema, PIPELINE_STATUSES,
  resultsSchema, SKIP_REASONS, skipInfoSchema, stepSchema,
} from './results-schema.js';

export type NodeStatus = (typeof NODE_STATUSES)[number];
export type PipelineStatus = (typeof PIPELINE_STATUSES)[number];
export type SkipReason = (typeof SKIP_REASONS)[number];

/** An error as data. */
export interface ErrorInfo extends z.infer<typeof errorInfoSchema> {}

/** One attempt at a node (1-based), with its error when it failed. */
export interface AttemptRecord extends z.infer<typeof attemptSchema> {}

/** One transform step of a node's last attempt. */
export interface StepRecord extends z.infer<typeof stepSchema> {}

/** Why a node did not run, and the failed node (or pipeline) at the root of it. */
export interface SkipInfo extends z.infer<typeof skipInfoSchema> {}

/** One node of a run: status, timing, attempts, rows, schema, steps, validation, a sample, the error or the skip. */
export interface NodeResult extends z.infer<typeof nodeResultSchema> {}

/** One context event: a table registered or released. */
export interface ContextEvent extends z.infer<typeof contextEventSchema> {}

/** The whole record of one pipeline run: the results artifact. */
export interface PipelineResultsData extends z.infer<typeof resultsSchema> {}
