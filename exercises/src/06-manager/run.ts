// Exercise 6's harness: runs in the grading sandbox and calls the answer with one case's input.
import { captureError } from '../../../src/grading/capture-error.js';

/** Pipelines as `[name, dependsOn]`, the selection (`null`: all) and the pipelines that fail. */
export interface Ex6Input {
  pipelines: Array<[string, string[]]>;
  selected: string[] | null;
  failing: string[];
}

/** `{ returned: outcome }`, or `{ error: message }` when the answer threw. */
export function run(runPipelines: any, input: Ex6Input) {
  const pipelines = input.pipelines.map(([name, dependsOn]) => ({ name, dependsOn }));
  return captureError(() => runPipelines(pipelines, input.selected ?? undefined, input.failing));
}
