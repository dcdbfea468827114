/**
 * What the non-throwing loaders return: the project, or every problem.
 *
 * @example
 * ```ts
 * import { safeLoadProjectFromString } from 'odibi-ts';
 * const result = safeLoadProjectFromString('project: demo\n');
 * if (result.ok === false) console.log(result.problems.map((p) => `${p.code} ${p.message}`));
 * ```
 */
import type { Problem } from '../errors.js';
import type { StepChecker } from './step-problems.js';
import type { ProjectConfig } from './types.js';

export type ConfigResult = { ok: true; project: ProjectConfig } | { ok: false; problems: Problem[] };

/** Options of the loaders. */
export interface LoadOptions {
  /** Folder relative paths resolve against. Default: the project file's folder, else the current folder. */
  baseDir?: string;
  /** The file name to report in problems (and record as `project.file`). */
  file?: string;
  /** The operation-step checker; default: the operation catalogue's `checkOperationStep`. */
  checkStep?: StepChecker;
  /**
   * The connection types a `type:` may name. Default: the built-in ones
   * (`local`, `memory`). Whoever runs the project with a registry passes its
   * types: PipelineManager and the CLI do; after `registerConnectionType`,
   * load with `{ connectionTypes: connectionTypes() }`.
   */
  connectionTypes?: readonly string[];
  /**
   * The engines an `engine:` may name. Default: the built-in ones (`arquero`,
   * `duckdb`). The CLI and PipelineManager pass their registry's names, so
   * an engine added with `registerEngine` is accepted there.
   */
  engines?: readonly string[];
}
