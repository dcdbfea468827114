/**
 * The version of a project as workers compare it: a hash of the project
 * file's text and of each `functions` module's text (named relative to the
 * project's folder, so the same project mounted elsewhere has the same
 * version). Every attempt carries the scheduler's version; a worker whose
 * own differs refuses it (WORKER_PROJECT_VERSION).
 *
 * @example
 * ```ts
 * import { loadProject } from 'odibi-ts';
 * import { projectVersion } from 'odibi-ts/dist/src/executor/queue/project-version.js';
 * await projectVersion(loadProject('../examples/retail/project.yaml')); // e.g. '3f2a9c1b7d40'
 * ```
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { ProjectConfig } from '../../config/types.js';
import { OdibiError } from '../../errors.js';

export async function projectVersion(project: ProjectConfig): Promise<string> {
  if (project.file === undefined) {
    throw new OdibiError('EXECUTOR_NEEDS_FILE', `project "${project.project}" was not loaded from a file: the queue executor's workers load the project from its file`, {
      hint: 'write the project to a YAML file and load it with loadProject or PipelineManager.fromYaml',
    });
  }
  const hash = createHash('sha256');
  for (const file of [project.file, ...project.functions]) {
    hash.update(`${relative(project.baseDir, file)}\0`);
    hash.update(await readFile(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}
