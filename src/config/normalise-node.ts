/**
 * One node of a shape-checked project -> its normalised NodeConfig:
 * camelCase, defaults, formats told from extensions, the resolved retry
 * policy, steps tagged by kind, source locations. Internal.
 */
import type { ConfigPath } from './config-path.js';
import { formatFromPath } from './node-problems.js';
import type { RawNode } from './project-schema.js';
import { resolveRetry } from './resolve-retry.js';
import type { Format, NodeConfig, RetryPolicy, SourceLocation, StepConfig, ValidationConfig } from './types.js';

/** Builds a SourceLocation for a config path, when positions are known. */
export type Place = (path: ConfigPath) => SourceLocation | undefined;

/** The normalised node at `path`. */
export function normaliseNode(raw: RawNode, path: ConfigPath, projectRetry: RetryPolicy, place: Place): NodeConfig {
  const node: NodeConfig = {
    name: raw.name,
    dependsOn: [...(raw.depends_on ?? [])],
    tags: [...(raw.tags ?? [])],
    steps: (raw.transform?.steps ?? []).map((step, k) => normaliseStep(step, place([...path, 'transform', 'steps', k]))),
    cache: raw.cache ?? false,
    retry: resolveRetry(projectRetry, raw.retry),
  };
  if (raw.description != null) node.description = raw.description;
  if (raw.read) node.read = { connection: raw.read.connection, path: raw.read.path, format: formatOf(raw.read), options: { ...(raw.read.options ?? {}) } };
  if (raw.write) {
    const w = raw.write;
    node.write = { connection: w.connection, path: w.path, format: formatOf(w), mode: w.mode ?? 'overwrite', options: { ...(w.options ?? {}) } };
  }
  if (raw.validation) node.validation = normaliseValidation(raw.validation);
  if (raw.timeout_ms != null) node.timeoutMs = raw.timeout_ms;
  const location = place(path);
  if (location) node.location = location;
  return node;
}

function formatOf(io: { path: string; format?: Format | null }): Format {
  return io.format ?? formatFromPath(io.path) ?? 'csv';
}

function normaliseStep(step: unknown, location: SourceLocation | undefined): StepConfig {
  const s = step as { operation?: string; function?: string; sql?: string; params?: Record<string, unknown> | null };
  const params = { ...(s.params ?? {}) };
  const at = location ? { location } : {};
  if (typeof s.operation === 'string') return { kind: 'operation', operation: s.operation, params, ...at };
  if (typeof s.function === 'string') return { kind: 'function', function: s.function, params, ...at };
  return { kind: 'sql', sql: typeof step === 'string' ? step : String(s.sql), params, ...at };
}

function normaliseValidation(v: NonNullable<RawNode['validation']>): ValidationConfig {
  const result: ValidationConfig = { notEmpty: v.not_empty ?? false, noNulls: [...(v.no_nulls ?? [])], unique: [...(v.unique ?? [])] };
  if (v.schema) result.schema = { requiredColumns: [...(v.schema.required_columns ?? [])], types: { ...(v.schema.types ?? {}) } };
  return result;
}
