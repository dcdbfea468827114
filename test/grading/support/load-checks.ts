// Test helper: imports an exercise's public and hidden check cases (`exNChecks` from its
// `checks.ts`, `exNHiddenChecks` from `src/grading/hidden/`) with Node's dynamic import.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckCase } from '../../../src/grading/check-case.js';
import type { ExerciseSource } from '../../../src/grading/exercise-source.js';

/** An exercise's check cases. */
export interface ExerciseChecks {
  publicCases: CheckCase[];
  hiddenCases: CheckCase[];
  /** Points of all cases, public and hidden. */
  possible: number;
}

/** Imports the public and hidden cases of `ex` (paths relative to `root`). */
/** The cases of `ex`, and their points. */
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
