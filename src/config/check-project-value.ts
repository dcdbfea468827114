/**
 * Every problem of a raw project value: its shape (zod), its steps, its
 * names and references, its cycles. Cross checks run even when the shape has
 * problems elsewhere, so one pass reports everything. Internal.
 */
import type { RawProblem } from './raw-problem.js';
import { shapeProblems } from './shape-problems.js';
import { stepProblems, type StepChecker } from './step-problems.js';
import { rawPipelines } from './raw-pipelines.js';
import { nameProblems } from './name-problems.js';
import { connectionProblems, nodeProblems } from './node-problems.js';
import { cycleProblems } from './cycle-problems.js';
import { isRecord, keysOf, stringOf } from './raw-value.js';
import { connectionTypeProblems } from './connection-type-problems.js';
import { basePathProblems } from './base-path-problems.js';
import { engineProblems } from './engine-problems.js';
import { executorProblems } from './executor-problems.js';

/** What the checks need from outside: the operation-step checker, the registered connection types and engines. */
export interface ProjectChecks {
  checkStep: StepChecker;
  connectionTypes: readonly string[];
  engines: readonly string[];
}

/** All problems of `value`, in the order they were found. */
export function checkProjectValue(value: unknown, { checkStep, connectionTypes, engines }: ProjectChecks): RawProblem[] {
  const problems = shapeProblems(value);
  if (!isRecord(value)) return problems;
  const connections = keysOf(value.connections);
  problems.push(...connectionTypeProblems(value.connections, connectionTypes), ...basePathProblems(value.connections), ...engineProblems(value, engines));
  const pipelines = rawPipelines(value);
  problems.push(...nameProblems(pipelines), ...nodeProblems(pipelines, connections));
  for (const p of pipelines) {
    for (const n of p.nodes) problems.push(...stepProblems(n.value.transform, n.path, n.name, checkStep, stringList(n.value.depends_on)).map((x) => ({ ...x, pipeline: p.name, node: n.name })));
  }
  const storyConnection = isRecord(value.story) ? stringOf(value.story.connection) : undefined;
  if (storyConnection !== undefined) problems.push(...connectionProblems(storyConnection, ['story', 'connection'], connections));
  problems.push(...executorProblems(value));
  problems.push(...cycleProblems(pipelines));
  return problems;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
