/**
 * What a worker process holds of its project: the loaded file, its
 * functions and connections, its version, the queue settings and the
 * staging area. Loaded once per process (the sandboxed processes keep it
 * between jobs).
 *
 * @example
 * ```ts
 * import { loadWorkerProject } from 'odibi-ts/dist/src/executor/queue/worker-project.js';
 * const loaded = await loadWorkerProject('../examples/retail/project.yaml');
 * loaded.project.project; // 'retail'
 * ```
 */
import type { ProjectConfig, QueueExecutorConfig } from '../../config/types.js';
import type { Connection } from '../../connections/connection.js';
import { createConnections } from '../../connections/connection-registry.js';
import type { TransformFunction } from '../../engine/engine.js';
import { ConfigError } from '../../config/config-error.js';
import { loadProject } from '../../config/load-project.js';
import { loadFunctions } from '../../manager/load-functions.js';
import { unknownFunctions } from '../../manager/unknown-functions.js';
import { projectVersion } from './project-version.js';
import { queueSettings, type QueueOverrides } from './queue-settings.js';
import { StagingArea } from './staging-area.js';

export interface WorkerProject {
  project: ProjectConfig;
  version: string;
  functions: ReadonlyMap<string, TransformFunction>;
  connections: Readonly<Record<string, Connection>>;
  settings: QueueExecutorConfig;
  staging: StagingArea;
}

/** Loads `file` as a worker does; throws a ConfigError listing the project's problems. */
export async function loadWorkerProject(file: string, overrides: QueueOverrides = {}): Promise<WorkerProject> {
  const project = loadProject(file);
  const functions = await loadFunctions(project.functions);
  const problems = unknownFunctions(project, functions);
  if (problems.length > 0) throw new ConfigError(problems, project.file);
  const settings = queueSettings(project, overrides);
  const staging = StagingArea.of(project, settings);
  const connections = { ...createConnections(project), [staging.connection.name]: staging.connection };
  return { project, version: await projectVersion(project), functions, connections, settings, staging };
}
