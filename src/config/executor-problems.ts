/**
 * Cross checks of `executor:`: under the queue executor, the staging
 * connection must be declared, and no connection may be of type `memory`
 * (it lives in one process, so a worker could not see what another wrote).
 * Internal.
 */
import { connectionProblems } from './node-problems.js';
import type { RawProblem } from './raw-problem.js';
import { isRecord, keysOf, stringOf } from './raw-value.js';
import type { ExecutorType } from './types.js';

const QUEUE: ExecutorType = 'queue';
const PROCESS_MEMORY = 'memory';

/** Problems of the raw project's `executor` against its `connections`. */
export function executorProblems(project: Record<string, unknown>): RawProblem[] {
  const executor = project.executor;
  if (!isRecord(executor) || executor.type !== QUEUE) return [];
  const connections = keysOf(project.connections);
  const problems: RawProblem[] = [];
  const staging = isRecord(executor.staging) ? stringOf(executor.staging.connection) : undefined;
  if (staging !== undefined) problems.push(...connectionProblems(staging, ['executor', 'staging', 'connection'], connections));
  for (const name of connections) {
    const connection = (project.connections as Record<string, unknown>)[name];
    if (!isRecord(connection) || connection.type !== PROCESS_MEMORY) continue;
    problems.push({
      code: 'CONFIG_BAD_VALUE', path: ['connections', name, 'type'],
      message: `connection "${name}" is of type memory, which lives in one process: under executor type queue, workers could not see each other's tables`,
      hint: 'use a local connection on a folder every worker sees (a shared folder in production), or executor type in_process',
    });
  }
  return problems;
}
