/**
 * Grades a class's submissions in parallel, each in a worker process of its
 * own at a time (`size` workers, default: the number of cores). A submission
 * that takes longer than its time budget (a type check that never ends, for
 * instance) has its worker killed and comes back as `timeout`; a worker that
 * dies comes back as `error`; either way a fresh worker takes the next one.
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { WorkerJob, WorkerResult } from './grade-worker-job.js';
import { workerEntry } from './worker-entry.mjs';

/** A job's result, or why its worker did not give one. */
export type PoolResult = WorkerResult | { index: number; kind: 'timeout'; reason: string };

/** Options of {@link runWorkerPool}. */
export interface WorkerPoolOptions {
  size: number;
  /** Time allowed for one submission. */
  budgetMs: number;
  /** Called as each submission is done (for progress). */
  onDone?: (result: PoolResult) => void;
}

function startWorker(): ChildProcess {
  const { file, execArgv } = workerEntry();
  return fork(file, [], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

export async function runWorkerPool(jobs: readonly WorkerJob[], options: WorkerPoolOptions): Promise<PoolResult[]> {
  const results: PoolResult[] = new Array(jobs.length);
  let next = 0;
  const lane = async () => {
    let worker: ChildProcess | undefined;
    for (let i = next++; i < jobs.length; i = next++) {
      worker ??= startWorker();
      const result = await runOne(worker, jobs[i]!, options.budgetMs);
      if (result.kind === 'timeout' || (result.kind === 'error' && !worker.connected)) {
        worker.kill('SIGKILL');
        worker = undefined;
      }
      results[i] = result;
      options.onDone?.(result);
    }
    worker?.disconnect();
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.size, jobs.length)) }, lane));
  return results;
}

function runOne(worker: ChildProcess, job: WorkerJob, budgetMs: number): Promise<PoolResult> {
  return new Promise((resolve) => {
    const finish = (result: PoolResult) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('exit', onExit);
      resolve(result);
    };
    const onMessage = (message: WorkerResult) => {
      if (message?.index === job.index) finish(message);
    };
    const onExit = (code: number | null, signal: string | null) => finish({ index: job.index, kind: 'error', reason: `the grading process ended (${signal ?? `exit code ${code}`})` });
    const timer = setTimeout(() => finish({ index: job.index, kind: 'timeout', reason: `grading it took longer than ${Math.round(budgetMs / 1000)} s` }), budgetMs);
    worker.on('message', onMessage);
    worker.on('exit', onExit);
    worker.send(job);
  });
}
