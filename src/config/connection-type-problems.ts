/**
 * Each declared connection's `type` must be one of the connection types the
 * loader is given (`local` and `memory` by default; a registry's types when
 * its owner passes them). Internal.
 */
import { closestMatch } from '../text/closest-match.js';
import type { RawProblem } from './raw-problem.js';
import { isRecord } from './raw-value.js';

/** Problems of the `type` of each connection in a raw `connections` value. */
export function connectionTypeProblems(connections: unknown, types: readonly string[]): RawProblem[] {
  if (!isRecord(connections)) return [];
  const problems: RawProblem[] = [];
  for (const [name, connection] of Object.entries(connections)) {
    if (!isRecord(connection) || typeof connection.type !== 'string' || connection.type === '' || types.includes(connection.type)) continue;
    const closest = closestMatch(connection.type, types);
    problems.push({
      code: 'CONFIG_UNKNOWN_CONNECTION_TYPE',
      path: ['connections', name, 'type'],
      message: `connection "${name}": type "${connection.type}" is not registered; registered: ${types.join(', ')}`,
      hint: closest ? `did you mean "${closest}"?` : 'use one of the registered types; a type of your own is registered with registerConnectionType and passed to the loader (`connectionTypes: connectionTypes()`)',
    });
  }
  return problems;
}
