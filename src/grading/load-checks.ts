/**
 * Imports an exercise's public and hidden check cases (`exN Checks` from its
 * `checks.ts`, `exNHiddenChecks` from `src/grading/hidden/`).
 *
 * @example
 * ```ts
 * import { loadExerciseSources } from '../src/grading/exercise-source.js';
 * import { loadChecks } from '../src/grading/load-checks.js';
 * const [first] = loadExerciseSources('..');
 * const { publicCases, hiddenCases } = await loadChecks('..', first);
 * ```
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckCase } from './check-case.js';
import type { ExerciseSource } from './exercise-source.js';

/** An exercise's check cases. */
export interface ExerciseChecks {
  publicCases: CheckCase[];
  hiddenCases: CheckCase[];
  /** Points of all cases, public and hidden. */
  possible: number;
}

/** Imports the public and hidden cases of `ex` (paths relative to `root`). */
export async function loadChecks(root: string, ex: ExerciseSource): Promise<ExerciseChecks> {
  const load = async (path: string, name: string): Promise<CheckCase[]> => {
    const mod = (await import(pathToFileURL(resolve(root, path)).href)) as Record<string, unknown>;
    const cases = mod[name];
    if (!Array.isArray(cases)) throw new Error(`${path} does not export ${name}`);
    return cases as CheckCase[];
  };
  const publicCases = await load(ex.paths.checks, `ex${ex.number}Checks`);
  const hiddenCases = await load(ex.paths.hidden, `ex${ex.number}HiddenChecks`);
  const possible = [...publicCases, ...hiddenCases].reduce((sum, c) => sum + c.points, 0);
  return { publicCases, hiddenCases, possible };
}
