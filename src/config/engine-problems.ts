/**
 * The project's `engine` and each pipeline's must be an engine the loader
 * is given (the built-in ones by default; a registry's names when its owner
 * passes them), so `odibi validate` reports a misspelt engine at its line
 * instead of the run failing without one. Internal.
 */
import { clipText } from '../text/clip-text.js';
import { closestMatch } from '../text/closest-match.js';
import type { RawProblem } from './raw-problem.js';
import { isRecord } from './raw-value.js';

/** Problems of the `engine` keys of a raw project value. */
export function engineProblems(value: Record<string, unknown>, engines: readonly string[]): RawProblem[] {
  const places: [unknown, (string | number)[]][] = [[value.engine, ['engine']]];
  if (Array.isArray(value.pipelines)) value.pipelines.forEach((p, i) => isRecord(p) && places.push([p.engine, ['pipelines', i, 'engine']]));
  return places
    .filter(([engine]) => typeof engine === 'string' && engine !== '' && !engines.includes(engine))
    .map(([engine, path]) => {
      const closest = closestMatch(engine as string, engines);
      return {
        code: 'ENGINE_UNKNOWN' as const, path,
        message: `engine "${clipText(engine as string)}" is not registered; registered: ${engines.join(', ')}`,
        hint: closest ? `did you mean "${closest}"?` : 'use one of the registered engines; an engine of your own is registered with registerEngine',
      };
    });
}
