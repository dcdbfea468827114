/**
 * {@link summariseProject} run in a child Node process (through tsx), so a
 * notebook's check cell gets the real loader's verdict without the kernel
 * type-checking the whole configuration module tree (which is slow under
 * tslab). Results are remembered per YAML text, so several checks of the
 * same answer start one process.
 *
 * @example
 * ```ts
 * import { summariseProjectInChild } from 'odibi-ts/dist/src/grading/summarise-project-in-child.js';
 * summariseProjectInChild('project: demo\n').problems.length > 0; // true: it has no pipelines
 * ```
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { jupyterEnv } from '../notebook/jupyter-env.mjs';
import type { ProjectSummary } from './project-summary.js';

const remembered = new Map<string, ProjectSummary>();

/** The {@link ProjectSummary} of `yaml`, computed in a child process from the project at `root`. */
export function summariseProjectInChild(yaml: string, root: string = jupyterEnv().root): ProjectSummary {
  if (typeof yaml !== 'string') throw new Error(`the answer returned ${typeof yaml}, not the YAML text`);
  const known = remembered.get(yaml);
  if (known) return known;
  const script = join(root, 'src', 'grading', 'summarise-project-main.ts');
  const output = execFileSync(process.execPath, ['--import', 'tsx', script], { cwd: root, input: yaml, encoding: 'utf8', timeout: 120_000 });
  const summary = JSON.parse(output) as ProjectSummary;
  remembered.set(yaml, summary);
  return summary;
}
