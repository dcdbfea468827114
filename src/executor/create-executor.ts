/**
 * The executor a project's settings ask for: none for `in_process` (the
 * pipeline runs its attempts itself), else a queue executor whose module
 * (and with it BullMQ and ioredis) is loaded on first use, so a project
 * that never runs on workers loads nothing of them.
 *
 * @example
 * ```ts
 * import { systemClock } from 'odibi-ts/dist/src/clock/system-clock.js';
 * import { createExecutor } from 'odibi-ts/dist/src/executor/create-executor.js';
 * createExecutor({ type: 'in_process' }, systemClock); // undefined
 * ```
 */
import type { Clock } from '../clock.js';
import type { ExecutorConfig, ExecutorType, QueueExecutorConfig } from '../config/types.js';
import type { Executor, ExecutorRun, ExecutorRunInfo } from './executor.js';

export function createExecutor(config: ExecutorConfig | undefined, clock: Clock): Executor | undefined {
  if (config === undefined || config.type === 'in_process') return undefined;
  return new LazyQueueExecutor(config, clock);
}

/** Loads the queue executor's module when a run first needs it. */
class LazyQueueExecutor implements Executor {
  readonly type: ExecutorType = 'queue';
  readonly #settings: QueueExecutorConfig;
  readonly #clock: Clock;
  #loaded: Promise<Executor> | undefined;

  constructor(settings: QueueExecutorConfig, clock: Clock) {
    this.#settings = settings;
    this.#clock = clock;
  }

  async open(info: ExecutorRunInfo): Promise<ExecutorRun> {
    this.#loaded ??= import('./queue/queue-executor.js').then(({ QueueExecutor }) => new QueueExecutor(this.#settings, this.#clock));
    return (await this.#loaded).open(info);
  }

  async close(): Promise<void> {
    await (await this.#loaded)?.close();
  }
}
