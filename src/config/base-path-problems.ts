/**
 * A `local` connection's `base_path`, when given, must be a folder name (a
 * non-empty string): `base_path: 7` is an error at its line, not the project
 * folder in disguise. Internal.
 */
import type { RawProblem } from './raw-problem.js';
import { isRecord } from './raw-value.js';

/** Problems of the `base_path` of each local connection in a raw `connections` value. */
export function basePathProblems(connections: unknown): RawProblem[] {
  if (!isRecord(connections)) return [];
  return Object.entries(connections)
    .filter(([, c]) => isRecord(c) && c.type === 'local' && c.base_path !== undefined && (typeof c.base_path !== 'string' || c.base_path === ''))
    .map(([name, c]) => {
      const value = (c as Record<string, unknown>).base_path;
      return {
        code: 'CONFIG_WRONG_TYPE' as const, path: ['connections', name, 'base_path'],
        message: `connections.${name}.base_path must be a folder (a non-empty string), got ${value === null ? 'null' : Array.isArray(value) ? 'a list' : JSON.stringify(value)}`,
        hint: 'write base_path: data (relative to the project file) or an absolute folder; leave it out for the project folder',
      };
    });
}
