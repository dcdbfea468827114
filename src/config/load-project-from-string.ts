/**
 * Loads a project from YAML text. `safeLoadProjectFromString` returns every
 * problem as data; `loadProjectFromString` throws one ConfigError listing them.
 * Relative paths resolve against `baseDir` (default: the current folder).
 *
 * @example
 * ```ts
 * import { loadProjectFromString } from 'odibi-ts';
 * const project = loadProjectFromString(`
 * project: demo
 * connections:
 *   data: { type: memory }
 * pipelines:
 *   - pipeline: main
 *     nodes:
 *       - name: raw
 *         read: { connection: data, path: orders.csv }
 * `);
 * project.pipelines[0].nodes[0].read?.format; // 'csv'
 * ```
 */
import { parseYamlSource } from './parse-yaml-source.js';
import { placeProblem, validateProjectValue } from './validate-project-value.js';
import { ConfigError } from './config-error.js';
import type { ConfigResult, LoadOptions } from './config-result.js';
import type { ProjectConfig } from './types.js';

/** The project in `yaml`, or every problem with its line and column. */
export function safeLoadProjectFromString(yaml: string, options: LoadOptions = {}): ConfigResult {
  const source = parseYamlSource(yaml);
  if (source.ok === false) return { ok: false, problems: source.problems.map((p) => ({ ...placeProblem(p, options.file), line: p.line, column: p.column })) };
  return validateProjectValue(source.value, options.baseDir ?? process.cwd(), options, source.locate);
}

/** The project in `yaml`; throws a ConfigError (CONFIG_INVALID) listing every problem. */
export function loadProjectFromString(yaml: string, options: LoadOptions = {}): ProjectConfig {
  const result = safeLoadProjectFromString(yaml, options);
  if (result.ok === false) throw new ConfigError(result.problems, options.file);
  return result.project;
}
