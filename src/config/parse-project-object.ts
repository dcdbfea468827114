/**
 * Checks and normalises a project given as a plain object in the YAML's
 * snake_case shape (for projects built in code or in a notebook). Problems
 * carry config paths but no line numbers.
 *
 * @example
 * ```ts
 * import { parseProjectObject } from 'odibi-ts/dist/src/config/parse-project-object.js';
 * const project = parseProjectObject({
 *   project: 'demo',
 *   connections: { data: { type: 'memory' } },
 *   pipelines: [{ pipeline: 'main', nodes: [{ name: 'raw', read: { connection: 'data', path: 'orders.csv' } }] }],
 * });
 * project.pipelines[0].strategy; // 'dynamic'
 * ```
 */
import { validateProjectValue } from './validate-project-value.js';
import { ConfigError } from './config-error.js';
import type { ConfigResult, LoadOptions } from './config-result.js';
import type { ProjectConfig } from './types.js';

/** The project described by `value`, or every problem. */
export function safeParseProjectObject(value: unknown, options: LoadOptions = {}): ConfigResult {
  return validateProjectValue(copyOf(value), options.baseDir ?? process.cwd(), options);
}

/** A deep copy, so later changes to the caller's object cannot reach the project. */
function copyOf(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return value; // holds something uncloneable (a function): the shape check reports it
  }
}

/** The project described by `value`; throws a ConfigError (CONFIG_INVALID) listing every problem. */
export function parseProjectObject(value: unknown, options: LoadOptions = {}): ProjectConfig {
  const result = safeParseProjectObject(value, options);
  if (result.ok === false) throw new ConfigError(result.problems, options.file);
  return result.project;
}
