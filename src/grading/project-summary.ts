/**
 * The plain-JSON view of a YAML project that exercise 12's checks read (see
 * `summariseProject`). Kept apart from the loader so that a check cell can
 * use the type without the kernel type-checking the loader.
 *
 * @example
 * ```ts
 * import type { ProjectSummary } from 'odibi-ts/dist/src/grading/project-summary.js';
 * const none: ProjectSummary = { problems: ['answer.yaml:1:1 CONFIG_MISSING_KEY pipelines is required'], pipelines: [] };
 * ```
 */
/** One node as the loader read it. */
export interface ProjectSummaryNode {
  name: string;
  dependsOn: string[];
  read?: { connection: string; path: string };
  write?: { connection: string; path: string };
  steps: number;
  retry: { maxAttempts: number; backoff: string };
}

/** A project's problems, or its pipelines' layers and nodes. */
export interface ProjectSummary {
  /** `answer.yaml:line:column CODE message (hint)` per problem; empty when the project loads. */
  problems: string[];
  pipelines: Array<{ name: string; layers: string[][]; nodes: ProjectSummaryNode[] }>;
}
