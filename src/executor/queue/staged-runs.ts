/**
 * The runs that have tables in a project's staging area, and whether Redis
 * still knows each as alive. A run that is not alive left its folder behind
 * (its scheduler died, or it kept its outputs until the next run): the next
 * run of the project removes such folders, and so does `odibi staging
 * --clean`.
 *
 * @example
 * ```ts
 * // not run: needs Redis
 * import { stagedRuns } from 'odibi-ts/dist/src/executor/queue/staged-runs.js';
 * for (const run of await stagedRuns(project, settings)) console.log(run.runId, run.alive, run.files);
 * ```
 */
import type { ProjectConfig, QueueExecutorConfig } from '../../config/types.js';
import { runKey } from './attempt-job.js';
import { connectRedis } from './connect-redis.js';
import { redisAddress } from './redis-url.js';
import { StagingArea } from './staging-area.js';

export interface StagedRun {
  runId: string;
  alive: boolean;
  /** Staged tables in its folder. */
  files: number;
}

/** Every run with a folder in the staging area; with `clean`, the folders of runs not alive are removed. */
export async function stagedRuns(project: ProjectConfig, settings: QueueExecutorConfig, clean = false): Promise<StagedRun[]> {
  const staging = StagingArea.of(project, settings);
  const client = await connectRedis(redisAddress(settings.redis));
  try {
    const runs: StagedRun[] = [];
    for (const runId of await staging.runs()) {
      const alive = (await client.exists(runKey(settings.queue, runId))) === 1;
      runs.push({ runId, alive, files: await staging.fileCount(runId) });
      if (clean && !alive) await staging.removeRun(runId);
    }
    return runs;
  } finally {
    client.disconnect();
  }
}
