/**
 * The queue executor's settings for a project: its `executor:` block when
 * it is of type queue, else the defaults, with the command line's
 * `--redis` and `--queue` over both. The scheduler and every worker derive
 * them the same way from the same project file.
 *
 * @example
 * ```ts
 * import { loadProject } from 'odibi-ts';
 * import { queueSettings } from 'odibi-ts/dist/src/executor/queue/queue-settings.js';
 * queueSettings(loadProject('../examples/retail/project.yaml'), { queue: 'retail' }).queue; // 'retail'
 * ```
 */
import { resolve } from 'node:path';
import { DEFAULTS, type ProjectConfig, type QueueExecutorConfig } from '../../config/types.js';
import { OdibiError } from '../../errors.js';

/** What a command line may set over the project's settings. */
export interface QueueOverrides {
  redis?: string;
  queue?: string;
}

export function queueSettings(project: Pick<ProjectConfig, 'executor' | 'baseDir'>, overrides: QueueOverrides = {}): QueueExecutorConfig {
  const own = project.executor?.type === 'queue' ? project.executor : undefined;
  const settings: QueueExecutorConfig = own ? { ...own, staging: { ...own.staging } } : {
    type: 'queue', queue: DEFAULTS.queue.queue, lostAfterMs: DEFAULTS.queue.lostAfterMs,
    staging: { path: resolve(project.baseDir, DEFAULTS.queue.stagingPath), format: DEFAULTS.queue.stagingFormat },
  };
  if (overrides.redis !== undefined) settings.redis = overrides.redis;
  if (overrides.queue !== undefined) {
    if (overrides.queue.includes(':') || overrides.queue === '') {
      throw new OdibiError('USAGE', `--queue "${overrides.queue}" is not a usable queue name`, { hint: 'a queue name is not empty and has no ":"' });
    }
    settings.queue = overrides.queue;
  }
  return settings;
}
