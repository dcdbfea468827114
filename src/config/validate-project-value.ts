/**
 * The common core of every loader: check a raw project value, place each
 * problem in the file (line:column when a YAML source is known), and either
 * normalise the project or return the problems. Internal.
 */
import type { Problem } from '../errors.js';
import { checkOperationStep } from '../operations/check-step.js';
import { BUILT_IN_CONNECTION_TYPES } from './built-in-connection-types.js';
import { BUILT_IN_ENGINES } from './built-in-engines.js';
import { formatConfigPath, type ConfigPath } from './config-path.js';
import type { ConfigResult, LoadOptions } from './config-result.js';
import { checkProjectValue } from './check-project-value.js';
import { normaliseProject } from './normalise-project.js';
import type { Locate } from './parse-yaml-source.js';
import type { RawProject } from './project-schema.js';
import type { RawProblem } from './raw-problem.js';
import type { SourceLocation } from './types.js';

/** Checks and normalises `value`; `locate` turns config paths into positions. */
export function validateProjectValue(value: unknown, baseDir: string, options: LoadOptions, locate?: Locate): ConfigResult {
  const raw = checkProjectValue(value, {
    checkStep: options.checkStep ?? checkOperationStep, connectionTypes: options.connectionTypes ?? BUILT_IN_CONNECTION_TYPES, engines: options.engines ?? BUILT_IN_ENGINES,
  });
  const problems = sortByPosition(raw.map((p) => placeProblem(p, options.file, locate)));
  if (problems.some((p) => p.severity !== 'warning')) return { ok: false, problems };
  const place = (path: ConfigPath): SourceLocation | undefined => {
    const pos = locate?.(path);
    if (!pos) return undefined;
    const location: SourceLocation = { line: pos.line, column: pos.column, path: formatConfigPath(path) };
    if (options.file !== undefined) location.file = options.file;
    return location;
  };
  return { ok: true, project: normaliseProject(value as RawProject, { baseDir, file: options.file }, place) };
}

/** A raw problem with its file, line, column and text path. */
export function placeProblem(p: RawProblem, file: string | undefined, locate?: Locate): Problem {
  const { path, at, ...rest } = p;
  const pos = locate?.(path, at);
  const problem: Problem = { ...rest, path: formatConfigPath(path) };
  if (file !== undefined) problem.file = file;
  if (pos) {
    problem.line = pos.line;
    problem.column = pos.column;
  }
  for (const key of ['pipeline', 'node', 'hint', 'step', 'operation'] as const) if (problem[key] === undefined) delete problem[key];
  return problem;
}

function sortByPosition(problems: Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.line ?? Infinity) - (b.p.line ?? Infinity) || (a.p.column ?? 0) - (b.p.column ?? 0) || a.i - b.i)
    .map(({ p }) => p);
}
