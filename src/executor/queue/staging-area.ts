/**
 * Where tables travel between workers under the queue executor: one folder
 * per run (`<run id>/`), one file per node (`<pipeline>/<node>.parquet` by
 * default), on the project's `executor.staging` (a local folder, default
 * `<project>/.odibi/staging`, or a connection such as a shared folder).
 * Producers stage their table there, consumers read it back, and the run
 * deletes what no node needs any more. A run's folder left by a scheduler
 * that died is removed by the next run (or `odibi staging <project> --clean`) once
 * Redis says that run is no longer alive.
 *
 * @example
 * ```ts
 * import { loadProject } from 'odibi-ts';
 * import { StagingArea } from 'odibi-ts/dist/src/executor/queue/staging-area.js';
 * const project = loadProject('../examples/retail/project.yaml');
 * const staging = StagingArea.of(project, { type: 'queue', queue: 'odibi', lostAfterMs: 10000, staging: { path: '/tmp/odibi-staging', format: 'parquet' } });
 * staging.pathOf('run-1', 'silver', 'clean_orders'); // 'run-1/silver/clean_orders.parquet'
 * ```
 */
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { QueueExecutorConfig, ProjectConfig, ReadConfig, StagingFormat, WriteConfig } from '../../config/types.js';
import type { Connection } from '../../connections/connection.js';
import { createConnections } from '../../connections/connection-registry.js';
import { LocalConnection } from '../../connections/local-connection.js';

/** The name the default staging folder goes by in messages and `stagedAt`. */
const DEFAULT_NAME = 'odibi_staging';

export class StagingArea {
  /** Where staged files are read and written. */
  readonly connection: Connection;
  readonly format: StagingFormat;
  /** Folder inside the connection that holds the runs' folders ('' for the default folder). */
  readonly #root: string;

  private constructor(connection: Connection, root: string, format: StagingFormat) {
    this.connection = connection;
    this.#root = root;
    this.format = format;
  }

  /** The staging area a project's queue executor uses (the scheduler and every worker build the same one). */
  static of(project: Pick<ProjectConfig, 'connections' | 'baseDir'>, executor: QueueExecutorConfig): StagingArea {
    const { staging } = executor;
    if (staging.connection === undefined) return new StagingArea(new LocalConnection(DEFAULT_NAME, staging.path), '', staging.format);
    const connection = createConnections(project)[staging.connection]!;
    return new StagingArea(connection, staging.path.replace(/\/+$/, ''), staging.format);
  }

  /** The path of a node's staged table, inside the connection. */
  pathOf(runId: string, pipeline: string, node: string): string {
    return this.#inside(`${runId}/${safe(pipeline)}/${safe(node)}.${this.format}`);
  }

  /** How a result names a staged table: `connection:path`. */
  shown(path: string): string {
    return `${this.connection.name}:${path}`;
  }

  readConfig(path: string): ReadConfig {
    return { connection: this.connection.name, path, format: this.format, options: {} };
  }

  writeConfig(path: string): WriteConfig {
    return { connection: this.connection.name, path, format: this.format, mode: 'overwrite', options: {} };
  }

  /** The run ids that have a folder here. */
  async runs(): Promise<string[]> {
    const files = await this.connection.list(this.#root === '' ? '.' : this.#root);
    const prefix = this.#root === '' ? '' : `${this.#root}/`;
    return [...new Set(files.map((f) => f.slice(prefix.length).split('/')[0]!).filter((id) => id !== ''))].sort();
  }

  /** How many staged tables a run's folder holds. */
  async fileCount(runId: string): Promise<number> {
    return (await this.connection.list(this.#inside(runId))).length;
  }

  /** Deletes one staged table (nothing when it is not there). */
  async remove(path: string): Promise<void> {
    const local = this.connection.localPath?.(path);
    if (local) await rm(local, { force: true });
  }

  /** Deletes a run's whole folder. */
  async removeRun(runId: string): Promise<void> {
    const local = this.connection.localPath?.(this.#inside(runId));
    if (local) await rm(local, { recursive: true, force: true });
  }

  /** Bytes of a staged file (0 when the connection cannot say). */
  async size(path: string): Promise<number> {
    const local = this.connection.localPath?.(path);
    if (!local) return 0;
    return (await stat(local).catch(() => undefined))?.size ?? 0;
  }

  #inside(path: string): string {
    return this.#root === '' ? path : join(this.#root, path).split('\\').join('/');
  }
}

/** A name as one safe path segment (node names may hold any character). */
function safe(name: string): string {
  return encodeURIComponent(name).replace(/\./g, '%2E');
}
