/**
 * The shape of a project file (snake_case, as written in YAML), in zod 4.
 * Only the shape: cross references (connections, dependencies, names) are
 * checked afterwards, and transform steps by their own checker. Unknown keys
 * are problems. Optional keys also accept an empty value (`key:` in YAML).
 */
import { z } from 'zod';
import { BACKOFFS, EXECUTOR_TYPES, FORMATS, ON_ERROR, STAGING_FORMATS, STORY_FORMATS, STRATEGIES, WRITE_MODES } from './types.js';

const optional = <T extends z.ZodType>(schema: T) => schema.nullish();
const text = z.string().min(1);
const names = z.array(text);
const options = z.record(z.string(), z.unknown());

const retrySchema = z.strictObject({
  enabled: optional(z.boolean()),
  max_attempts: optional(z.number().int().min(1)),
  backoff: optional(z.enum(BACKOFFS)),
  initial_delay_ms: optional(z.number().int().min(0)),
  max_delay_ms: optional(z.number().int().min(0)),
  jitter: optional(z.boolean()),
});

const readSchema = z.strictObject({
  connection: text,
  path: text,
  format: optional(z.enum(FORMATS)),
  options: optional(options),
});

const writeSchema = z.strictObject({
  connection: text,
  path: text,
  format: optional(z.enum(FORMATS)),
  mode: optional(z.enum(WRITE_MODES)),
  options: optional(options),
});

const validationSchema = z.strictObject({
  not_empty: optional(z.boolean()),
  no_nulls: optional(names),
  unique: optional(names),
  schema: optional(z.strictObject({ required_columns: optional(names), types: optional(z.record(z.string(), text)) })),
});

const nodeSchema = z.strictObject({
  name: text,
  description: optional(z.string()),
  depends_on: optional(names),
  tags: optional(names),
  read: optional(readSchema),
  // Steps are checked one by one (operation, function or sql) by step-problems.ts.
  transform: optional(z.strictObject({ steps: z.array(z.unknown()) })),
  write: optional(writeSchema),
  validation: optional(validationSchema),
  cache: optional(z.boolean()),
  retry: optional(retrySchema),
  timeout_ms: optional(z.number().int().min(1)),
});

const pipelineSchema = z.strictObject({
  pipeline: text,
  description: optional(z.string()),
  layer: optional(z.string()),
  depends_on: optional(names),
  strategy: optional(z.enum(STRATEGIES)),
  max_concurrency: optional(z.number().int().min(1)),
  on_error: optional(z.enum(ON_ERROR)),
  engine: optional(text),
  nodes: z.array(nodeSchema).min(1),
});

const storySchema = z.strictObject({
  connection: optional(text),
  path: optional(text),
  max_sample_rows: optional(z.number().int().min(0)),
  formats: optional(z.array(z.enum(STORY_FORMATS))),
  auto_generate: optional(z.boolean()),
});

const executorSchema = z.strictObject({
  type: z.enum(EXECUTOR_TYPES),
  redis: optional(text),
  queue: optional(text.regex(/^[^:]+$/, 'a queue name cannot contain ":"')),
  staging: optional(z.strictObject({ connection: optional(text), path: optional(text), format: optional(z.enum(STAGING_FORMATS)) })),
  lost_after_ms: optional(z.number().int().min(500)),
});

/** Every key besides `type` is the connection's own option. */
const connectionSchema = z.looseObject({ type: text });

export const projectSchema = z.strictObject({
  project: text,
  description: optional(z.string()),
  engine: optional(text),
  connections: optional(z.record(z.string(), connectionSchema)),
  story: optional(storySchema),
  retry: optional(retrySchema),
  functions: optional(z.array(text)),
  executor: optional(executorSchema),
  pipelines: z.array(pipelineSchema).min(1),
});

/** A project value whose shape is valid. */
export type RawProject = z.output<typeof projectSchema>;
export type RawPipeline = RawProject['pipelines'][number];
export type RawNode = RawPipeline['nodes'][number];
export type RawRetry = z.output<typeof retrySchema>;
export type RawExecutor = z.output<typeof executorSchema>;
