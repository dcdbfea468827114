/**
 * The zod schema of the results artifact (`PipelineResultsData`,
 * `schemaVersion: 1`). `PipelineResults.fromJSON` validates with it and the
 * committed `schema/pipeline-results.schema.json` is generated from it.
 *
 * @example
 * ```ts
 * import { resultsSchema } from 'odibi-ts/dist/src/results/results-schema.js';
 * resultsSchema.safeParse({ schemaVersion: 1 }).success; // false
 * ```
 */
import { z } from 'zod';

const errorInfo = z.object({
  code: z.string(),
  message: z.string(),
  hint: z.string().optional(),
  step: z.number().int().optional(),
  operation: z.string().optional(),
});

const attempt = z.object({
  attempt: z.number().int().min(1),
  start: z.string(),
  end: z.string(),
  startOffsetMs: z.number(),
  durationMs: z.number(),
  error: errorInfo.optional(),
  lateError: errorInfo.optional(),
});

const step = z.object({
  index: z.number().int().min(1),
  kind: z.enum(['operation', 'function', 'sql']),
  operation: z.string(),
  params: z.record(z.string(), z.unknown()),
  durationMs: z.number(),
  rowsOut: z.number(),
});

const nodeResult = z.object({
  name: z.string(),
  status: z.enum(['success', 'failed', 'skipped', 'notRun']),
  dependsOn: z.array(z.string()),
  layer: z.number().int(),
  start: z.string().optional(),
  end: z.string().optional(),
  startOffsetMs: z.number().optional(),
  durationMs: z.number(),
  attempts: z.array(attempt),
  rowsIn: z.number().optional(),
  rowsOut: z.number().optional(),
  schema: z.record(z.string(), z.string()).optional(),
  steps: z.array(step),
  validation: z.array(z.object({ rule: z.string(), passed: z.boolean(), message: z.string().optional() })),
  sample: z.array(z.record(z.string(), z.unknown())),
  error: errorInfo.optional(),
  skip: z.object({
    reason: z.enum(['upstream_failed', 'fail_fast', 'upstream_pipeline', 'cancelled']),
    rootCause: z.string().optional(),
    message: z.string(),
  }).optional(),
  reused: z.boolean().optional(),
  rerunReason: z.string().optional(),
  description: z.string().optional(),
  tags: z.array(z.string()).optional(),
});

const contextEvent = z.object({
  kind: z.enum(['register', 'release']),
  table: z.string(),
  offsetMs: z.number(),
  rows: z.number(),
  bytes: z.number(),
  liveTables: z.number(),
  liveBytes: z.number(),
});

export const resultsSchema = z.object({
  schemaVersion: z.literal(1),
  pipeline: z.string(),
  project: z.string().optional(),
  status: z.enum(['success', 'partial', 'failed', 'skipped']),
  strategy: z.enum(['dynamic', 'layers', 'sequential']),
  maxConcurrency: z.number().int().min(1),
  start: z.string(),
  end: z.string(),
  durationMs: z.number(),
  completed: z.array(z.string()),
  failed: z.array(z.string()),
  skipped: z.array(z.string()),
  notRun: z.array(z.string()),
  nodeResults: z.array(nodeResult),
  layers: z.array(z.array(z.string())),
  errors: z.array(z.object({ node: z.string(), code: z.string(), message: z.string() })),
  contextEvents: z.array(contextEvent),
  skippedBecause: z.string().optional(),
  storyPath: z.string().optional(),
  storyError: errorInfo.optional(),
});
