/**
 * The scheduler's link to the queue: one Redis client for commands, a
 * BullMQ Queue to add attempt jobs, QueueEvents to hear them start, end or
 * fail, and a heartbeat that keeps the live runs' keys fresh. When Redis
 * stops answering for a few seconds (or the client gives up), every
 * attempt still waiting is told at once (EXECUTOR_REDIS_LOST): a run never
 * hangs on a dead Redis.
 *
 * @example
 * ```ts
 * // not run: needs a Redis server
 * import { QueueLink } from 'odibi-ts/dist/src/executor/queue/queue-link.js';
 * const link = await QueueLink.connect(settings);
 * const outcome = await link.watch('run-1/p/n/1', (started) => console.log(started.worker));
 * await link.close();
 * ```
 */
import type { Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import type { QueueExecutorConfig } from '../../config/types.js';
import { OdibiError } from '../../errors.js';
import type { AttemptJob, AttemptReport, AttemptStarted } from './attempt-job.js';
import { cancelChannel, jobId, runKey } from './attempt-job.js';
import { connectRedis, redisOptions } from './connect-redis.js';
import { importBullMq } from './import-bullmq.js';
import { redisAddress, withoutSecret, type RedisAddress } from './redis-url.js';

/** How a job ended, as the queue tells it. */
export type JobEnd = { ended: 'completed'; report: AttemptReport } | { ended: 'failed'; reason: string };

interface Watcher {
  resolve(end: JobEnd): void;
  reject(error: Error): void;
  started(started: AttemptStarted): void;
}

/** Redis may stay silent this long before the run is told it is lost. */
const LOST_AFTER_MS = 4000;
const HEARTBEAT_MS = 1000;

export class QueueLink {
  readonly settings: QueueExecutorConfig;
  readonly address: RedisAddress;
  readonly #client: Redis;
  readonly #queue: Queue;
  readonly #events: QueueEvents;
  readonly #watchers = new Map<string, Watcher>();
  readonly #liveRuns = new Set<string>();
  readonly #timer: NodeJS.Timeout;
  #silentSince: number | undefined;
  #lost: OdibiError | undefined;

  private constructor(settings: QueueExecutorConfig, address: RedisAddress, client: Redis, queue: Queue, events: QueueEvents) {
    this.settings = settings;
    this.address = address;
    this.#client = client;
    this.#queue = queue;
    this.#events = events;
    client.on('end', () => this.#lose('the connection closed'));
    queue.on('error', () => undefined); // the heartbeat decides when Redis is lost
    events.on('error', () => undefined);
    events.on('completed', ({ jobId: id, returnvalue }) => this.#ended(id, { ended: 'completed', report: parsed(returnvalue) as AttemptReport }));
    events.on('failed', ({ jobId: id, failedReason }) => this.#ended(id, { ended: 'failed', reason: failedReason }));
    events.on('progress', ({ jobId: id, data }) => this.#watchers.get(id)?.started(data as unknown as AttemptStarted));
    events.on('active', ({ jobId: id }) => void this.#taken(id));
    this.#timer = setInterval(() => void this.#beat(), HEARTBEAT_MS);
    this.#timer.unref();
  }

  /** Connects (or fails within a few seconds with EXECUTOR_REDIS_UNREACHABLE). */
  static async connect(settings: QueueExecutorConfig): Promise<QueueLink> {
    const address = redisAddress(settings.redis);
    const client = await connectRedis(address);
    const { bullmq } = await importBullMq();
    const connection = redisOptions(address);
    const queue = new bullmq.Queue(settings.queue, { connection });
    const events = new bullmq.QueueEvents(settings.queue, { connection: { ...connection, maxRetriesPerRequest: null } });
    try {
      await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
    } catch (error) {
      await Promise.allSettled([queue.close(), events.close(), client.quit()]);
      throw lostError(address, error);
    }
    return new QueueLink(settings, address, client, queue, events);
  }

  /** Marks a run alive (its key expires `lostAfterMs` after the last heartbeat). */
  async beginRun(runId: string): Promise<void> {
    this.#liveRuns.add(runId);
    await this.#client.set(runKey(this.settings.queue, runId), '1', 'PX', this.settings.lostAfterMs);
  }

  async endRun(runId: string): Promise<void> {
    this.#liveRuns.delete(runId);
    await this.#client.del(runKey(this.settings.queue, runId)).catch(() => undefined);
  }

  /** Whether Redis knows `runId` as alive (a run whose scheduler died is not). */
  async isAlive(runId: string): Promise<boolean> {
    return (await this.#client.exists(runKey(this.settings.queue, runId))) === 1;
  }

  /** Waits for the end of job `id`; `started` hears which worker took it. Register before adding the job. */
  watch(id: string, started: (started: AttemptStarted) => void): Promise<JobEnd> {
    if (this.#lost) return Promise.reject(this.#lost);
    return new Promise<JobEnd>((resolve, reject) => this.#watchers.set(id, { resolve, reject, started }));
  }

  unwatch(id: string): void {
    this.#watchers.delete(id);
  }

  async add(job: AttemptJob): Promise<void> {
    if (this.#lost) throw this.#lost;
    const id = jobId(job);
    try {
      await this.#queue.add('attempt', job, { jobId: id, removeOnComplete: true, removeOnFail: { age: 3600 } });
    } catch (error) {
      throw this.#lost ?? lostError(this.address, error);
    }
  }

  /** Asks the workers to cancel job `id` (and takes it off the queue if no worker has it yet). */
  async cancel(id: string, reason: string): Promise<void> {
    if (this.#lost) return;
    await this.#queue.remove(id).catch(() => 0);
    await this.#client.publish(cancelChannel(this.settings.queue), JSON.stringify({ jobId: id, reason })).catch(() => 0);
  }

  async close(): Promise<void> {
    clearInterval(this.#timer);
    await Promise.allSettled([this.#queue.close(), this.#events.close()]);
    await this.#client.quit().catch(() => this.#client.disconnect());
  }

  #ended(id: string, end: JobEnd): void {
    const watcher = this.#watchers.get(id);
    if (!watcher) return;
    this.#watchers.delete(id);
    watcher.resolve(end);
  }

  /** A worker took job `id`: BullMQ recorded its name on the job (read now: a stalled job is later re-marked by the worker that found it). */
  async #taken(id: string): Promise<void> {
    if (!this.#watchers.has(id)) return;
    const job = await this.#queue.getJob(id).catch(() => undefined);
    if (job?.processedBy) this.#watchers.get(id)?.started({ worker: job.processedBy });
  }

  /** Refreshes the live runs' keys; Redis silent for LOST_AFTER_MS is lost. */
  async #beat(): Promise<void> {
    if (this.#lost) return;
    try {
      const multi = this.#client.multi().ping();
      for (const runId of this.#liveRuns) multi.set(runKey(this.settings.queue, runId), '1', 'PX', this.settings.lostAfterMs);
      await multi.exec();
      this.#silentSince = undefined;
    } catch (error) {
      const now = Date.now();
      this.#silentSince ??= now;
      if (now - this.#silentSince >= LOST_AFTER_MS) this.#lose(error instanceof Error ? error.message : String(error));
    }
  }

  #lose(reason: string): void {
    if (this.#lost) return;
    this.#lost = lostError(this.address, new Error(reason));
    for (const watcher of this.#watchers.values()) watcher.reject(this.#lost);
    this.#watchers.clear();
  }
}

function lostError(address: RedisAddress, error: unknown): OdibiError {
  const reason = withoutSecret(error instanceof Error ? error.message : String(error), address);
  return new OdibiError('EXECUTOR_REDIS_LOST', `lost Redis at ${address.shown} during the run: ${reason}`, {
    hint: 'restart Redis, then run again with --resume (the command is printed after the run)',
  });
}

function parsed(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}
