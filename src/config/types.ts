/**
 * The validated, normalised shape of a project. YAML keys are snake_case;
 * these types are what the loader produces from them (camelCase, defaults
 * filled in, relative paths resolved against the project file's folder).
 */

/*
 * Each closed set of names is written once, as an `as const` list: the list
 * feeds the type below it, the project schema's enum, the results schema
 * and the CLI's choices.
 */

/** The file formats a connection can hold. */
export const FORMATS = ['csv', 'json', 'arrow', 'parquet'] as const;
export type Format = (typeof FORMATS)[number];
/** What `write` may do when the target exists. */
export const WRITE_MODES = ['overwrite', 'append', 'error_if_exists'] as const;
export type WriteMode = (typeof WRITE_MODES)[number];
/** When a node may start: see the README's "Strategies". */
export const STRATEGIES = ['dynamic', 'layers', 'sequential'] as const;
export type Strategy = (typeof STRATEGIES)[number];
/** What a failure may do to the rest of the run. */
export const ON_ERROR = ['fail_later', 'fail_fast'] as const;
export type OnError = (typeof ON_ERROR)[number];
/** How the delay between attempts may grow. */
export const BACKOFFS = ['exponential', 'linear', 'constant'] as const;
export type Backoff = (typeof BACKOFFS)[number];
/** The story output formats. */
export const STORY_FORMATS = ['md', 'html', 'json'] as const;
export type StoryFormat = (typeof STORY_FORMATS)[number];
/** The kinds of transform step. */
export const STEP_KINDS = ['operation', 'function', 'sql'] as const;
export type StepKind = (typeof STEP_KINDS)[number];
/** Where a node's attempts run: in this process, or on workers through a Redis queue. */
export const EXECUTOR_TYPES = ['in_process', 'queue'] as const;
export type ExecutorType = (typeof EXECUTOR_TYPES)[number];
/** The formats a table may be staged in between workers (both keep column types). */
export const STAGING_FORMATS = ['parquet', 'arrow'] as const;
export type StagingFormat = (typeof STAGING_FORMATS)[number];

/** Where something was declared in the project file. */
export interface SourceLocation {
  file?: string;
  line: number;
  column: number;
  /** Config path, e.g. `pipelines[0].nodes[2]`. */
  path: string;
}

/** Retry policy of a node (its own, or the project's default). */
export interface RetryPolicy {
  /** Total attempts, 1 = no retry. */
  maxAttempts: number;
  backoff: Backoff;
  /** Delay before the second attempt. */
  initialDelayMs: number;
  /** Upper bound of any delay. */
  maxDelayMs: number;
  /** Randomise each delay between half and all of it (seeded). */
  jitter: boolean;
}

/** A connection declared under `connections:`. `options` holds every other key as written. */
export interface ConnectionConfig {
  name: string;
  type: string;
  options: Record<string, unknown>;
}

export interface ReadConfig {
  connection: string;
  path: string;
  format: Format;
  options: Record<string, unknown>;
}

export interface WriteConfig {
  connection: string;
  path: string;
  format: Format;
  mode: WriteMode;
  options: Record<string, unknown>;
}

/** One transform step. */
export type StepConfig =
  | { kind: 'operation'; operation: string; params: Record<string, unknown>; location?: SourceLocation }
  | { kind: 'function'; function: string; params: Record<string, unknown>; location?: SourceLocation }
  | { kind: 'sql'; sql: string; params: Record<string, unknown>; location?: SourceLocation };

export interface SchemaRule {
  requiredColumns: string[];
  /** column -> expected type name (as the engine's `schema()` reports it). */
  types: Record<string, string>;
}

export interface ValidationConfig {
  notEmpty: boolean;
  noNulls: string[];
  unique: string[];
  schema?: SchemaRule;
}

export interface NodeConfig {
  name: string;
  description?: string;
  dependsOn: string[];
  tags: string[];
  read?: ReadConfig;
  /** The transform's steps, in order (empty when there is no transform). */
  steps: StepConfig[];
  write?: WriteConfig;
  validation?: ValidationConfig;
  cache: boolean;
  /** Resolved: the node's own policy, else the project's. */
  retry: RetryPolicy;
  /** Per attempt; undefined = no timeout. */
  timeoutMs?: number;
  location?: SourceLocation;
}

export interface PipelineConfig {
  name: string;
  description?: string;
  /** A label only (bronze, silver, gold...). */
  layer?: string;
  /** Pipelines that must run before this one. */
  dependsOn: string[];
  strategy: Strategy;
  maxConcurrency: number;
  onError: OnError;
  /** Engine name: the pipeline's own, else the project's. */
  engine: string;
  nodes: NodeConfig[];
  location?: SourceLocation;
}

export interface StoryConfig {
  /** Connection the story files go to; undefined = a local folder at `path` relative to the project. */
  connection?: string;
  path: string;
  maxSampleRows: number;
  formats: StoryFormat[];
  autoGenerate: boolean;
}

/** Where tables travel between workers: a folder of the project, or a connection (a shared folder). */
export interface StagingConfig {
  /** A connection of the project; undefined = the local folder `path` (default `<project>/.odibi/staging`). */
  connection?: string;
  /** Folder (absolute without a connection) or path inside the connection. */
  path: string;
  format: StagingFormat;
}

/** Attempts run on `odibi worker` processes, which take them from a BullMQ queue in Redis. */
export interface QueueExecutorConfig {
  type: 'queue';
  /**
   * `redis://[user:password@]host:port[/db]`; undefined = ODIBI_REDIS_URL, else
   * redis://127.0.0.1:6379. A password may also come from ODIBI_REDIS_PASSWORD.
   * Never printed unmasked.
   */
  redis?: string;
  /** BullMQ queue name; workers of the project listen on the same one. */
  queue: string;
  staging: StagingConfig;
  /** A worker that has not renewed its lock for this long has lost its attempt (WORKER_LOST). */
  lostAfterMs: number;
}

/** Where attempts run: `in_process` (the default) or `queue`. */
export type ExecutorConfig = { type: 'in_process' } | QueueExecutorConfig;

export interface ProjectConfig {
  project: string;
  description?: string;
  engine: string;
  connections: Record<string, ConnectionConfig>;
  story: StoryConfig;
  retry: RetryPolicy;
  /** Absolute paths of the modules whose exported functions are registered. */
  functions: string[];
  pipelines: PipelineConfig[];
  /** Where attempts run; undefined = in this process. */
  executor?: ExecutorConfig;
  /** Folder relative paths resolve against (the project file's folder, or the cwd for a string). */
  baseDir: string;
  /** The project file, when loaded from one. */
  file?: string;
}

/** The defaults, as documented in the README's table. */
export const DEFAULTS = {
  engine: 'arquero',
  strategy: 'dynamic' as Strategy,
  maxConcurrency: 4,
  onError: 'fail_later' as OnError,
  retry: { maxAttempts: 1, backoff: 'exponential', initialDelayMs: 100, maxDelayMs: 30_000, jitter: false } as RetryPolicy,
  story: { path: 'stories', maxSampleRows: 10, formats: [...STORY_FORMATS] as StoryFormat[], autoGenerate: true },
  queue: { redis: 'redis://127.0.0.1:6379', queue: 'odibi', stagingPath: '.odibi/staging', stagingFormat: 'parquet' as StagingFormat, lostAfterMs: 10_000 },
} as const;
