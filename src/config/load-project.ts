/**
 * Loads a project file. Relative paths inside it resolve against the file's
 * folder, so the project behaves the same from any working directory.
 * `safeLoadProject` returns every problem as data (with file:line:column);
 * `loadProject` throws one ConfigError (CONFIG_INVALID) listing them.
 *
 * @example
 * ```ts
 * import { loadProject, safeLoadProject } from 'odibi-ts';
 * const result = safeLoadProject('../examples/retail/project.yaml');
 * if (result.ok === true) console.log(result.project.pipelines.map((p) => p.name));
 * else console.log(result.problems);
 * ```
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Problem } from '../errors.js';
import { safeLoadProjectFromString } from './load-project-from-string.js';
import { ConfigError } from './config-error.js';
import { decodeProjectText } from './decode-project-text.js';
import type { ConfigResult, LoadOptions } from './config-result.js';
import type { ProjectConfig } from './types.js';

/** The project in `file`, or every problem. `options.file` is ignored: problems name `file` as given. */
export function safeLoadProject(file: string, options: Omit<LoadOptions, 'file'> = {}): ConfigResult {
  const absolute = resolve(file);
  let text: string | Problem;
  try {
    text = decodeProjectText(readFileSync(absolute), file);
  } catch (error) {
    return { ok: false, problems: [readProblem(file, error)] };
  }
  if (typeof text !== 'string') return { ok: false, problems: [text] };
  const result = safeLoadProjectFromString(text, { baseDir: dirname(absolute), ...options, file });
  if (result.ok) result.project.file = absolute;
  return result;
}

/** The project in `file`; throws a ConfigError listing every problem. */
export function loadProject(file: string, options: Omit<LoadOptions, 'file'> = {}): ProjectConfig {
  const result = safeLoadProject(file, options);
  if (result.ok === false) throw new ConfigError(result.problems, file);
  return result.project;
}

function readProblem(file: string, error: unknown): Problem {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { code: 'CONFIG_FILE_NOT_FOUND', file, message: `project file ${file} does not exist`, hint: 'check the path, relative to the current folder' };
  const reason = code === 'EISDIR' ? 'it is a folder' : error instanceof Error ? error.message : String(error);
  return { code: 'CONFIG_FILE_UNREADABLE', file, message: `project file ${file} cannot be read: ${reason}`, hint: 'check permissions and that the file is UTF-8 text' };
}
