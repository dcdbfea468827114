/**
 * What the dependency graph needs to know about a node (or a pipeline):
 * its name, the names it depends on, and optional tags for selection.
 *
 * @example
 * ```ts
 * import type { GraphNode } from 'odibi-ts';
 * const nodes: GraphNode[] = [{ name: 'raw', dependsOn: [] }, { name: 'clean', dependsOn: ['raw'], tags: ['silver'] }];
 * ```
 */
export interface GraphNode {
  readonly name: string;
  readonly dependsOn: readonly string[];
  readonly tags?: readonly string[];
}

/** Whether a graph holds the nodes of a pipeline or the pipelines of a project: it changes codes and words only. */
export type GraphKind = 'node' | 'pipeline';
