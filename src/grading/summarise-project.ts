/**
 * What exercise 12's checks need to know about a YAML project, as plain
 * JSON: the real loader's problems (one line each), and when it loads, every
 * pipeline's layers and nodes (dependencies, read and write connections,
 * number of steps, retry policy).
 *
 * @example
 * ```ts
 * import { summariseProject } from 'odibi-ts/dist/src/grading/summarise-project.js';
 * const summary = summariseProject('project: demo\nconnections:\n  data: { type: memory }\npipelines:\n  - pipeline: p\n    nodes:\n      - name: raw\n        read: { connection: data, path: a.csv }\n');
 * summary.pipelines[0].layers; // [['raw']]
 * ```
 */
import { safeLoadProjectFromString } from '../config/load-project-from-string.js';
import { planProject } from '../config/plan-project.js';
import { formatProblem } from '../errors.js';
import type { ProjectSummary } from './project-summary.js';

/** Loads `yaml` with the real loader and summarises it; never throws for a bad project. */
export function summariseProject(yaml: string): ProjectSummary {
  const result = safeLoadProjectFromString(yaml, { file: 'answer.yaml' });
  if (result.ok === false) return { problems: result.problems.map(formatProblem), pipelines: [] };
  const plan = planProject(result.project);
  return {
    problems: [],
    pipelines: result.project.pipelines.map((p) => ({
      name: p.name,
      layers: plan[p.name]?.layers ?? [],
      nodes: p.nodes.map((n) => ({
        name: n.name,
        dependsOn: [...n.dependsOn],
        ...(n.read ? { read: { connection: n.read.connection, path: n.read.path } } : {}),
        ...(n.write ? { write: { connection: n.write.connection, path: n.write.path } } : {}),
        steps: n.steps.length,
        retry: { maxAttempts: n.retry.maxAttempts, backoff: n.retry.backoff },
      })),
    })),
  };
}
