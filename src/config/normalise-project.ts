/**
 * A shape-checked, cross-checked project value -> the normalised
 * ProjectConfig: defaults from DEFAULTS, pipeline engines and node retry
 * policies resolved, relative paths (a local connection's base_path, the
 * story folder, function modules) resolved against the project's folder.
 * Internal: the loaders call it only on a project without problems.
 */
import { isAbsolute, resolve } from 'node:path';
import type { ConnectionConfig, ExecutorConfig, PipelineConfig, ProjectConfig } from './types.js';
import { DEFAULTS } from './types.js';
import type { RawExecutor, RawPipeline, RawProject } from './project-schema.js';
import { resolveRetry } from './resolve-retry.js';
import { normaliseNode, type Place } from './normalise-node.js';

/** Where the project came from. */
export interface ProjectOrigin {
  baseDir: string;
  file?: string;
}

/** The normalised project. */
export function normaliseProject(raw: RawProject, origin: ProjectOrigin, place: Place): ProjectConfig {
  const engine = raw.engine ?? DEFAULTS.engine;
  const retry = resolveRetry(DEFAULTS.retry, raw.retry);
  const project: ProjectConfig = {
    project: raw.project,
    engine,
    connections: normaliseConnections(raw.connections ?? {}, origin.baseDir),
    story: normaliseStory(raw.story ?? {}, origin.baseDir),
    retry,
    functions: (raw.functions ?? []).map((f) => resolve(origin.baseDir, f)),
    pipelines: raw.pipelines.map((p, i) => normalisePipeline(p, i, engine, retry, place)),
    baseDir: origin.baseDir,
  };
  if (raw.description != null) project.description = raw.description;
  if (raw.executor != null) project.executor = normaliseExecutor(raw.executor, origin.baseDir);
  if (origin.file !== undefined) project.file = origin.file;
  return project;
}

function normalisePipeline(raw: RawPipeline, i: number, engine: string, retry: ProjectConfig['retry'], place: Place): PipelineConfig {
  const path = ['pipelines', i];
  const pipeline: PipelineConfig = {
    name: raw.pipeline,
    dependsOn: [...(raw.depends_on ?? [])],
    strategy: raw.strategy ?? DEFAULTS.strategy,
    maxConcurrency: raw.max_concurrency ?? DEFAULTS.maxConcurrency,
    onError: raw.on_error ?? DEFAULTS.onError,
    engine: raw.engine ?? engine,
    nodes: raw.nodes.map((node, n) => normaliseNode(node, [...path, 'nodes', n], retry, place)),
  };
  if (raw.description != null) pipeline.description = raw.description;
  if (raw.layer != null) pipeline.layer = raw.layer;
  const location = place(path);
  if (location) pipeline.location = location;
  return pipeline;
}

function normaliseConnections(raw: NonNullable<RawProject['connections']>, baseDir: string): Record<string, ConnectionConfig> {
  const connections: Record<string, ConnectionConfig> = {};
  for (const [name, { type, ...options }] of Object.entries(raw)) {
    if (type === 'local') options.base_path = resolve(baseDir, typeof options.base_path === 'string' ? options.base_path : '.');
    connections[name] = { name, type, options };
  }
  return connections;
}

function normaliseStory(raw: NonNullable<RawProject['story']>, baseDir: string): ProjectConfig['story'] {
  const path = raw.path ?? DEFAULTS.story.path;
  const story: ProjectConfig['story'] = {
    path: raw.connection != null || isAbsolute(path) ? path : resolve(baseDir, path),
    maxSampleRows: raw.max_sample_rows ?? DEFAULTS.story.maxSampleRows,
    formats: [...(raw.formats ?? DEFAULTS.story.formats)],
    autoGenerate: raw.auto_generate ?? DEFAULTS.story.autoGenerate,
  };
  if (raw.connection != null) story.connection = raw.connection;
  return story;
}

function normaliseExecutor(raw: RawExecutor, baseDir: string): ExecutorConfig {
  if (raw.type === 'in_process') return { type: raw.type };
  const staging = raw.staging ?? {};
  const path = staging.path ?? DEFAULTS.queue.stagingPath;
  return {
    type: raw.type,
    ...(raw.redis != null ? { redis: raw.redis } : {}),
    queue: raw.queue ?? DEFAULTS.queue.queue,
    staging: {
      ...(staging.connection != null ? { connection: staging.connection } : {}),
      path: staging.connection != null || isAbsolute(path) ? path : resolve(baseDir, path),
      format: staging.format ?? DEFAULTS.queue.stagingFormat,
    },
    lostAfterMs: raw.lost_after_ms ?? DEFAULTS.queue.lostAfterMs,
  };
}
