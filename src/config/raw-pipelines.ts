/**
 * Walks the pipelines and nodes of a raw project value, tolerating a broken
 * shape: entries that are not mappings are skipped (the shape check reports
 * them). Internal.
 */
import type { ConfigPath } from './config-path.js';
import { isRecord, listOf, stringOf } from './raw-value.js';

export interface RawEntry {
  value: Record<string, unknown>;
  path: ConfigPath;
  name?: string;
  dependsOn: { name: string; position: number }[];
}

export interface RawPipelineEntry extends RawEntry {
  nodes: RawEntry[];
}

/** The pipelines of `project` with their nodes. */
export function rawPipelines(project: unknown): RawPipelineEntry[] {
  if (!isRecord(project)) return [];
  const entries: RawPipelineEntry[] = [];
  listOf(project.pipelines).forEach((pipeline, p) => {
    if (!isRecord(pipeline)) return;
    const path = ['pipelines', p];
    const nodes: RawEntry[] = [];
    listOf(pipeline.nodes).forEach((node, n) => {
      if (isRecord(node)) nodes.push(entry(node, [...path, 'nodes', n], node.name));
    });
    entries.push({ ...entry(pipeline, path, pipeline.pipeline), nodes });
  });
  return entries;
}

function entry(value: Record<string, unknown>, path: ConfigPath, name: unknown): RawEntry {
  const dependsOn: { name: string; position: number }[] = [];
  listOf(value.depends_on).forEach((dep, position) => {
    if (typeof dep === 'string') dependsOn.push({ name: dep, position });
  });
  return { value, path, name: stringOf(name), dependsOn };
}
