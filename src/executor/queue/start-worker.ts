/**
 * A worker of the queue executor (`odibi worker`): loads the project,
 * connects to Redis, and takes attempt jobs from the queue, each run in one
 * of BullMQ's sandboxed processes (a node that blocks its event loop cannot
 * stop the worker from renewing the job's lock, so it cannot run twice).
 * While it runs, the worker announces itself (name, project version,
 * concurrency) under a key that expires when it dies, drops jobs of runs
 * whose scheduler is gone, and honours cancels (a timeout, a cancelled run):
 * the attempt's signal is aborted, and its process killed if it has not
 * stopped after a grace period. `close()` stops taking jobs and waits for
 * the running ones (SIGTERM in the CLI); `close({ now: true })` does not
 * wait (their attempts are then seen as lost and run again elsewhere).
 *
 * @example
 * ```ts
 * // not run: needs Redis
 * import { startWorker } from 'odibi-ts/dist/src/executor/queue/start-worker.js';
 * const worker = await startWorker({ project: 'project.yaml', concurrency: 2, log: console.log });
 * await worker.close();
 * ```
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { processorFile, processorFromSources, tsxLoader } from './processor-file.mjs';
import type { Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { OdibiError } from '../../errors.js';
import { cancelChannel, runKey, workerKey, type AttemptJob, type AttemptReport, type AttemptStarted } from './attempt-job.js';
import { connectRedis, redisOptions } from './connect-redis.js';
import { importBullMq } from './import-bullmq.js';
import { pidFile, WORKER_ENV } from './process-attempt-job.js';
import { redisAddress, withoutSecret } from './redis-url.js';
import { loadWorkerProject, type WorkerProject } from './worker-project.js';

export interface WorkerOptions {
  /** The project file (the same project the scheduler runs). */
  project: string;
  /** Over the project's `executor.redis`. */
  redis?: string;
  /** Over the project's `executor.queue`. */
  queue?: string;
  /** Attempts at once (each in its own process). Default 1. */
  concurrency?: number;
  /** Default `<host>:<pid>`. */
  name?: string;
  /** Receives one line per event (start, attempt started/ended, refusals). */
  log?: (line: string) => void;
  /** How long a cancelled attempt may take to stop before its process is killed. Default 2000 ms. */
  cancelGraceMs?: number;
}

export interface RunningWorker {
  readonly name: string;
  readonly version: string;
  /** Stops taking jobs; waits for the running ones unless `now`. */
  close(options?: { now?: boolean }): Promise<void>;
}

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const name = options.name ?? `${hostname()}:${process.pid}`;
  const log = options.log ?? (() => undefined);
  const overrides = { ...(options.redis !== undefined ? { redis: options.redis } : {}), ...(options.queue !== undefined ? { queue: options.queue } : {}) };
  const loaded = await loadWorkerProject(options.project, overrides);
  const address = redisAddress(loaded.settings.redis);
  const client = await connectRedis(address, true);
  client.on('error', () => undefined); // BullMQ and ioredis reconnect; the worker's own lines report what matters
  const { bullmq, Redis } = await importBullMq();
  const subscriber = new Redis(redisOptions(address, true));
  subscriber.on('error', () => undefined);
  const concurrency = options.concurrency ?? 1;
  const { queue, lostAfterMs } = loaded.settings;
  const pids = mkdtempSync(join(tmpdir(), 'odibi-worker-')); // where each sandboxed process leaves its pid
  const worker: Worker = new bullmq.Worker(queue, processorFile, {
    connection: redisOptions(address, true), concurrency, name,
    lockDuration: lostAfterMs, stalledInterval: Math.max(250, Math.round(lostAfterMs / 2)), maxStalledCount: 0,
    workerForkOptions: { env: { ...process.env, [WORKER_ENV.name]: name, [WORKER_ENV.project]: loaded.project.file!, [WORKER_ENV.queue]: queue, [WORKER_ENV.version]: loaded.version, [WORKER_ENV.pids]: pids }, execArgv: childExecArgv() },
  });
  worker.on('error', (error) => log(`${name}: ${withoutSecret(error.message, address)}`));
  const tracker = trackJobs(worker, client, loaded, name, log, options.cancelGraceMs ?? 2000, pids);
  const announce = (): Promise<unknown> => client.set(workerKey(queue, name), JSON.stringify({ name, version: loaded.version, concurrency, pid: process.pid }), 'PX', lostAfterMs).catch(() => undefined);
  const heartbeat = setInterval(() => void announce(), Math.max(200, Math.round(lostAfterMs / 3)));
  try {
    await subscriber.subscribe(cancelChannel(queue));
    subscriber.on('message', (_channel: string, text: string) => tracker.cancel(JSON.parse(text) as { jobId: string; reason: string }));
    await announce();
    await worker.waitUntilReady();
  } catch (error) {
    clearInterval(heartbeat);
    await Promise.allSettled([worker.close(true), subscriber.quit(), client.quit()]);
    throw new OdibiError('EXECUTOR_REDIS_UNREACHABLE', `worker ${name} cannot listen on queue "${queue}" at ${address.shown}: ${withoutSecret(error instanceof Error ? error.message : String(error), address)}`, {
      hint: 'start Redis (redis-server) or fix executor.redis / --redis',
    });
  }
  log(`worker ${name}: project ${loaded.project.project} (version ${loaded.version}), queue "${queue}" on ${address.shown}, ${concurrency} at a time; waiting for attempts`);
  let closing: Promise<void> | undefined;
  return {
    name, version: loaded.version,
    close: ({ now = false } = {}) => (closing ??= (async () => {
      log(now ? `worker ${name}: stopping now; running attempts will be seen as lost and run again elsewhere` : `worker ${name}: finishing running attempts, taking no new ones`);
      clearInterval(heartbeat);
      if (now) tracker.killAll();
      await worker.close(now);
      await client.del(workerKey(queue, name)).catch(() => undefined);
      await Promise.allSettled([subscriber.quit(), client.quit()]);
      rmSync(pids, { recursive: true, force: true });
      log(`worker ${name}: stopped`);
    })()),
  };
}

/** Logs attempts, tells the run which worker took each one, drops jobs of dead runs, and cancels (then kills) attempts on request. */
function trackJobs(worker: Worker, client: Redis, loaded: WorkerProject, name: string, log: (line: string) => void, graceMs: number, pids: string) {
  const label = (job: Job<AttemptJob>): string => `${job.data.pipeline}.${job.data.node} attempt ${job.data.attempt}`;
  const running = new Set<string>();
  const kill = (file: string): void => {
    const pid = Number(readFileSync(file, { encoding: 'utf8', flag: 'r' }));
    if (pid > 0) process.kill(pid, 'SIGKILL');
  };
  const cancel = ({ jobId, reason }: { jobId: string; reason: string }): void => {
    if (!worker.cancelJob(jobId, reason)) return;
    log(`${name}: cancelling ${jobId}: ${reason}`);
    setTimeout(() => {
      try {
        kill(pidFile(pids, jobId));
      } catch {
        // the attempt ended in time: its process removed the file
      }
    }, graceMs).unref();
  };
  worker.on('active', (job: Job<AttemptJob>) => {
    log(`${name}: ${label(job)} started (run ${job.data.runId})`);
    running.add(job.id!);
    const started: AttemptStarted = { worker: name };
    void job.updateProgress(started).catch(() => undefined); // the run learns who took it; a lost message only loses the name
    void client.exists(runKey(loaded.settings.queue, job.data.runId)).then((alive) => {
      if (alive === 0) cancel({ jobId: job.id!, reason: `run ${job.data.runId} is no longer alive (its scheduler stopped)` });
    }, () => undefined);
  });
  worker.on('completed', (job: Job<AttemptJob>, report: AttemptReport) => {
    running.delete(job.id!);
    log(`${name}: ${label(job)} ${'error' in report ? `failed: ${report.error.code} ${report.error.message}` : `succeeded, ${report.rowsOut} rows staged`}`);
  });
  worker.on('failed', (job: Job<AttemptJob> | undefined, error: Error) => {
    const mine = job !== undefined && running.delete(job.id!);
    const what = job ? label(job) : 'a job';
    log(/stalled/i.test(error.message) && !mine ? `${name}: found ${what} lost by its worker (${error.message})` : `${name}: ${what} could not run: ${error.message}`);
  });
  return {
    cancel,
    killAll: () => {
      for (const file of readdirSync(pids)) {
        try {
          kill(join(pids, file));
        } catch {
          // that attempt ended meanwhile
        }
      }
    },
  };
}

/** The sandboxed processes' Node flags: this process's, plus tsx's loader when the processor is TypeScript and tsx is not loaded by a flag. */
function childExecArgv(): string[] {
  const flags = process.execArgv.filter((arg) => !arg.startsWith('--inspect'));
  if (!processorFromSources || flags.some((arg) => arg.includes('tsx'))) return flags;
  return [...flags, '--import', tsxLoader()];
}
