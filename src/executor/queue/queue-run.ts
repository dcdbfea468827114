/**
 * One pipeline run on the queue executor: each attempt becomes a job
 * (with the staged tables of its dependencies), the worker's report
 * becomes the attempt's outcome, and staged tables are deleted once every
 * node that needs them has ended (kept: outputs, `cache: true`, and all
 * with `keep`, until the next run). A job that BullMQ declares stalled (its
 * worker stopped renewing the lock) is a failed attempt WORKER_LOST, which
 * the node's retry policy may run again on another worker.
 *
 * @example
 * ```ts
 * // not run: the queue executor opens it for each pipeline run
 * import { QueueRun } from 'odibi-ts/dist/src/executor/queue/queue-run.js';
 * const run = await QueueRun.start(link, { pipeline, project, keep: false }, { version, staging, connections, clock });
 * ```
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../../clock.js';
import type { NodeConfig } from '../../config/types.js';
import type { Connection } from '../../connections/connection.js';
import { ReleasePlan } from '../../context/release-plan.js';
import type { ErrorCode } from '../../error-codes.js';
import { OdibiError } from '../../errors.js';
import type { ContextEvent } from '../../results/types.js';
import type { ExecutorRun, ExecutorRunInfo, RemoteAttemptRequest, RemoteTableFacts } from '../executor.js';
import { jobId, type AttemptJob, type AttemptReport } from './attempt-job.js';
import type { JobEnd, QueueLink } from './queue-link.js';
import type { StagingArea } from './staging-area.js';

/** What a run needs besides the link and the run's info. */
export interface QueueRunParts {
  version: string;
  staging: StagingArea;
  connections: Readonly<Record<string, Connection>>;
  clock: Clock;
}

interface Staged {
  path: string;
  rows: number;
  bytes: number;
}

export class QueueRun implements ExecutorRun {
  readonly runId: string;
  readonly #link: QueueLink;
  readonly #info: ExecutorRunInfo;
  readonly #parts: QueueRunParts;
  readonly #plan: ReleasePlan;
  readonly #staged = new Map<string, Staged>();
  readonly #events: ContextEvent[] = [];
  readonly #origin: number;
  #liveBytes = 0;

  private constructor(link: QueueLink, info: ExecutorRunInfo, parts: QueueRunParts, runId: string) {
    this.#link = link;
    this.#info = info;
    this.#parts = parts;
    this.runId = runId;
    this.#plan = new ReleasePlan(info.pipeline.nodes, { keep: info.keep });
    this.#origin = parts.clock.monotonic();
  }

  /** Marks the run alive, removes staged folders of runs that are not, and returns the run. */
  static async start(link: QueueLink, info: ExecutorRunInfo, parts: QueueRunParts): Promise<QueueRun> {
    const runId = newRunId(parts.clock.now());
    await link.beginRun(runId);
    for (const other of await parts.staging.runs()) if (other !== runId && !(await link.isAlive(other))) await parts.staging.removeRun(other);
    return new QueueRun(link, info, parts, runId);
  }

  async attempt(request: RemoteAttemptRequest): Promise<RemoteTableFacts> {
    const { node, attempt, signal, record } = request;
    const job = this.#job(node, attempt, request);
    const id = jobId(job);
    const ended = this.#link.watch(id, (started) => { // the first to take it: a stalled job is re-marked by the worker that found it
      if (record.worker !== undefined) return;
      record.worker = started.worker;
      request.onWorker?.(started.worker);
    });
    const cancel = (): void => {
      this.#link.unwatch(id);
      void this.#link.cancel(id, signal.reason instanceof Error ? signal.reason.message : 'cancelled');
    };
    signal.addEventListener('abort', cancel, { once: true });
    try {
      await this.#link.add(job);
      return this.#outcome(node, attempt, request, await untilAborted(ended, signal));
    } finally {
      signal.removeEventListener('abort', cancel);
    }
  }

  async inputAvailable(name: string): Promise<boolean> {
    const write = this.#info.pipeline.nodes.find((n) => n.name === name)?.write;
    const connection = write ? this.#parts.connections[write.connection] : undefined;
    return write !== undefined && connection !== undefined && (await connection.exists(write.path).catch(() => false));
  }

  finished(node: string): string[] {
    const released = this.#plan.finished(node).filter((table) => this.#staged.has(table));
    for (const table of released) {
      const staged = this.#staged.get(table)!;
      this.#staged.delete(table);
      this.#liveBytes -= staged.bytes;
      this.#record('release', table, staged);
      void this.#parts.staging.remove(staged.path);
    }
    return released;
  }

  outside(nodes: readonly string[]): void {
    for (const node of nodes) this.finished(node);
  }

  contextEvents(): ContextEvent[] {
    return this.#events.map((e) => ({ ...e }));
  }

  async end(): Promise<void> {
    await this.#link.endRun(this.runId);
    if (this.#staged.size === 0) await this.#parts.staging.removeRun(this.runId);
  }

  #job(node: NodeConfig, attempt: number, request: RemoteAttemptRequest): AttemptJob {
    const pipeline = this.#info.pipeline.name;
    const inputs: Record<string, string> = {};
    for (const dep of node.dependsOn) {
      const staged = this.#staged.get(dep);
      if (staged) inputs[dep] = staged.path;
    }
    const job: AttemptJob = {
      runId: this.runId, version: this.#parts.version, pipeline, node: node.name, attempt, inputs,
      output: this.#parts.staging.pathOf(this.runId, pipeline, node.name),
      appendKey: `${this.#info.resumes ?? this.runId}/${pipeline}/${node.name}`,
      maxSampleRows: this.#info.project?.story.maxSampleRows ?? 10,
    };
    if (request.injection !== undefined) job.injection = request.injection;
    return job;
  }

  #outcome(node: NodeConfig, attempt: number, request: RemoteAttemptRequest, end: JobEnd): RemoteTableFacts {
    if (end.ended === 'failed') throw lostOrFailed(node.name, attempt, request.record.worker, end.reason);
    const report: AttemptReport = end.report;
    request.record.worker = report.worker;
    const { progress } = request;
    progress.phase = report.phase;
    progress.steps = report.steps;
    progress.validation = report.validation;
    if (report.rowsIn !== undefined) progress.rowsIn = report.rowsIn;
    if (report.ok === false) {
      const { code, message, hint, step, operation } = report.error;
      throw new OdibiError(code as ErrorCode, message, { node: node.name, hint, step, operation });
    }
    const staged = { path: report.path, rows: report.rowsOut, bytes: report.bytes };
    this.#staged.set(node.name, staged);
    this.#liveBytes += staged.bytes;
    this.#record('register', node.name, staged);
    return { rowsOut: report.rowsOut, schema: report.schema, sample: report.sample, stagedAt: report.stagedAt };
  }

  #record(kind: ContextEvent['kind'], table: string, staged: Staged): void {
    this.#events.push({
      kind, table, offsetMs: Math.max(0, this.#parts.clock.monotonic() - this.#origin), rows: staged.rows, bytes: staged.bytes,
      liveTables: this.#staged.size, liveBytes: this.#liveBytes,
    });
  }
}

/** A job BullMQ failed: its worker was lost (stalled, or its process died), or it could not run the attempt at all. */
function lostOrFailed(node: string, attempt: number, worker: string | undefined, reason: string): OdibiError {
  const who = worker ?? 'a worker';
  if (/stalled|unexpected exit code/i.test(reason)) {
    return new OdibiError('WORKER_LOST', `${who} stopped answering during attempt ${attempt} of node "${node}" (${reason})`, {
      node, hint: "the attempt runs again on another worker within the node's retry policy (retry.max_attempts)",
    });
  }
  return new OdibiError('NODE_FAILED', `${who} could not run attempt ${attempt} of node "${node}": ${reason}`, {
    node, hint: "see the worker's output; `odibi worker` prints why it could not load the project",
  });
}

/** `ended`, or the signal's reason once it aborts (the job is cancelled meanwhile). */
function untilAborted(ended: Promise<JobEnd>, signal: AbortSignal): Promise<JobEnd> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<JobEnd>((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    ended.then(resolve, reject);
  });
}

/** A run id that sorts by time: `20260101T120000-3fa9c2`. */
function newRunId(now: Date): string {
  return `${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, '')}-${randomBytes(3).toString('hex')}`;
}
