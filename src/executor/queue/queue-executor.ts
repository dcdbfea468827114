/**
 * The queue executor, scheduler side: connects to Redis on the first run
 * (or fails within a few seconds, naming the masked address), computes the
 * project's version once, and opens a {@link QueueRun} for each pipeline
 * run. Workers (`odibi worker`) take the attempts from the same queue.
 *
 * @example
 * ```ts
 * // not run: needs Redis and a worker
 * import { PipelineManager } from 'odibi-ts';
 * const manager = await PipelineManager.fromYaml('project.yaml', { executor: { type: 'queue', redis: 'redis://127.0.0.1:6379' } });
 * await manager.run();
 * ```
 */
import type { Clock } from '../../clock.js';
import type { ExecutorType, QueueExecutorConfig } from '../../config/types.js';
import { createConnections } from '../../connections/connection-registry.js';
import { OdibiError } from '../../errors.js';
import type { Executor, ExecutorRun, ExecutorRunInfo } from '../executor.js';
import { projectVersion } from './project-version.js';
import { QueueLink } from './queue-link.js';
import { QueueRun } from './queue-run.js';
import { StagingArea } from './staging-area.js';

export class QueueExecutor implements Executor {
  readonly type: ExecutorType = 'queue';
  readonly settings: QueueExecutorConfig;
  readonly #clock: Clock;
  #link: Promise<QueueLink> | undefined;

  constructor(settings: QueueExecutorConfig, clock: Clock) {
    this.settings = settings;
    this.#clock = clock;
  }

  async open(info: ExecutorRunInfo): Promise<ExecutorRun> {
    const { project } = info;
    if (!project) {
      throw new OdibiError('EXECUTOR_NEEDS_FILE', `pipeline "${info.pipeline.name}" has no project: the queue executor's workers load the project from its file`, {
        pipeline: info.pipeline.name, hint: 'build the pipeline with { project } from loadProject, or use PipelineManager.fromYaml',
      });
    }
    const version = await projectVersion(project);
    const link = await this.#connected();
    const staging = StagingArea.of(project, this.settings);
    return QueueRun.start(link, info, { version, staging, connections: createConnections(project), clock: this.#clock });
  }

  async close(): Promise<void> {
    const link = this.#link;
    this.#link = undefined;
    if (link) await (await link.catch(() => undefined))?.close();
  }

  #connected(): Promise<QueueLink> {
    this.#link ??= QueueLink.connect(this.settings);
    this.#link.catch(() => (this.#link = undefined));
    return this.#link;
  }
}
