/**
 * Loads a project for a CLI command; when it has problems, prints each as
 * one `file:line:column code message (hint)` line (file relative to the
 * working folder), sets exit code 1 and returns undefined.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { Problem } from '../errors.js';
import { safeLoadProject } from '../config/load-project.js';
import { connectionTypes } from '../connections/connection-registry.js';
import { engineNames } from '../engine/engine-registry.js';
import { formatProblemLine } from '../config/format-problem-line.js';
import type { ProjectConfig } from '../config/types.js';
import type { CliContext } from './cli-context.js';

/** The project in `file` (relative to `context.cwd`), or undefined after reporting its problems. */
export function loadProjectOrReport(file: string, context: CliContext): ProjectConfig | undefined {
  const result = safeLoadProject(resolve(context.cwd, file), { connectionTypes: connectionTypes(), engines: engineNames() });
  if (result.ok === true) return result.project;
  reportProblems(file, result.problems, context);
  return undefined;
}

/** Prints each problem of `file` as one line, their count on stderr, and sets exit code 1. */
export function reportProblems(file: string, problems: readonly Problem[], context: CliContext): void {
  for (const problem of problems) context.stdout.write(`${formatProblemLine(shown(problem, context.cwd))}\n`);
  context.stderr.write(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
  context.exitCode = 1;
}

function shown(problem: Problem, cwd: string): Problem {
  if (problem.file === undefined || !isAbsolute(problem.file)) return problem;
  return { ...problem, file: relative(cwd, problem.file) || problem.file };
}
