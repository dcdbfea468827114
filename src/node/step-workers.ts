/**
 * Worker threads for the steps of nodes with `timeout_ms`. A synchronous
 * loop (a catastrophic regular expression, `while (true)` in a function)
 * blocks the thread it runs in, where no timer can fire; in a worker, the
 * runner's timer still fires, and terminating the worker stops the loop.
 * `isolation(...)` gives one attempt the runner its engine hands Arquero
 * steps to: each step takes an idle worker (or starts one), sends it the
 * input table and the tables the step reads, and gets the result back; when
 * the attempt's signal aborts (its deadline), the worker is terminated.
 * Idle workers do not keep the process alive; `close()` ends them all. A
 * run makes its workers only when such a step runs, so nodes without
 * `timeout_ms` pay nothing. Function steps run there only when their
 * function was loaded from a module (`functions:`, `--functions`,
 * `loadFunctions`): a function made in a notebook cell cannot be moved, and
 * runs in the runner's thread. Internal.
 *
 * @example
 * ```ts
 * import * as aq from 'arquero';
 * import { StepWorkers } from 'odibi-ts/dist/src/node/step-workers.js';
 * const workers = new StepWorkers();
 * const isolation = workers.isolation('demo', 1, new Map(), new AbortController().signal);
 * const empty = { get: (): never => { throw new Error('none'); }, has: () => false, names: () => [] };
 * const out = await isolation.run(aq.table({ x: [1, 5] }), { kind: 'operation', operation: 'filter', params: { expr: 'd => d.x > 2' } }, empty);
 * out.numRows(); // 1
 * await workers.close();
 * ```
 */
import { Worker } from 'node:worker_threads';
import type { ColumnTable } from 'arquero';
import type { StepConfig } from '../config/types.js';
import type { ReadonlyTables, StepContext, TransformFunction } from '../engine/engine.js';
import { OdibiError } from '../errors.js';
import { functionSource } from '../manager/load-functions.js';
import { operationTables } from '../operations/operation-tables.js';
import { fromErrorMessage, fromTableMessage, toTableMessage, type StepJob, type StepReply } from './step-job.js';
import { stepWorkerUrl } from './step-worker-url.mjs';

export class StepWorkers {
  readonly #idle: Worker[] = [];
  readonly #all = new Set<Worker>();

  /** What the steps of one attempt of node `node` hand their Arquero steps to; `signal` ends them. */
  isolation(node: string, stepIndex: number, functions: ReadonlyMap<string, TransformFunction>, signal: AbortSignal): NonNullable<StepContext<unknown>['isolation']> {
    return {
      canRun: (step) => plainData(step.params) && (step.kind === 'operation' || (step.kind === 'function' && functionSource(functions.get(step.function)) !== undefined)),
      run: (table, step, tables) => this.#run(jobFor(node, stepIndex, table, step, tables, functions), signal),
    };
  }

  /** How many workers are alive (busy or idle). */
  get size(): number {
    return this.#all.size;
  }

  /** Terminates every worker. */
  async close(): Promise<void> {
    const all = [...this.#all];
    this.#all.clear();
    this.#idle.length = 0;
    await Promise.all(all.map((worker) => worker.terminate()));
  }

  async #run(job: StepJob, signal: AbortSignal): Promise<ColumnTable> {
    signal.throwIfAborted();
    const worker = this.#idle.pop() ?? this.#start();
    worker.ref();
    const reply = await new Promise<StepReply>((resolve, reject) => {
      const stop = (): void => {
        this.#all.delete(worker);
        void worker.terminate();
        reject(new OdibiError('NODE_TIMEOUT', `node "${job.node}" step ${job.stepIndex} was stopped: ${reasonOf(signal)}`, {
          node: job.node, step: job.stepIndex, hint: 'raise timeout_ms or make the step faster', cause: signal.reason,
        }));
      };
      const failed = (error: unknown): void => {
        this.#all.delete(worker);
        reject(new OdibiError('ENGINE_STEP', `node "${job.node}" step ${job.stepIndex}: the worker running it stopped: ${error instanceof Error ? error.message : String(error)}`, {
          node: job.node, step: job.stepIndex, hint: 'the step ran out of memory or crashed; run it without timeout_ms to see it in the runner', cause: error,
        }));
      };
      const exited = (code: number): void => failed(new Error(`exit code ${code}`));
      const done = (message: StepReply): void => {
        signal.removeEventListener('abort', stop);
        worker.off('error', failed).off('exit', exited);
        resolve(message);
      };
      signal.addEventListener('abort', stop, { once: true });
      worker.once('message', done).once('error', failed).once('exit', exited);
      try {
        worker.postMessage(job);
      } catch (error) {
        done({ ok: false, error: { code: 'ENGINE_STEP', message: `node "${job.node}" step ${job.stepIndex}: its tables cannot be copied to a worker thread: ${(error as Error).message}`, hint: 'keep plain values (numbers, strings, booleans, dates, plain objects) in tables', location: { node: job.node, step: job.stepIndex } } });
      }
    });
    worker.unref();
    if (this.#all.has(worker)) this.#idle.push(worker);
    if (reply.ok === false) throw fromErrorMessage(reply.error);
    return fromTableMessage(reply.table);
  }

  #start(): Worker {
    const worker = new Worker(stepWorkerUrl);
    this.#all.add(worker);
    return worker;
  }
}

/** The job for one step: the input, the tables it reads (all of them for a function), and where its function comes from. */
function jobFor(node: string, stepIndex: number, table: ColumnTable, step: StepConfig, tables: ReadonlyTables<ColumnTable>, functions: ReadonlyMap<string, TransformFunction>): StepJob {
  const reads = step.kind === 'operation' ? operationTables(step.operation, step.params) : tables.names();
  const job: StepJob = {
    node, stepIndex, step, table: toTableMessage(table),
    tables: reads.filter((name) => tables.has(name)).map((name) => [name, toTableMessage(tables.get(name))]),
  };
  const source = step.kind === 'function' ? functionSource(functions.get(step.function)) : undefined;
  if (source) job.source = source;
  return job;
}

/** Whether `value` survives the copy to a worker (params holding functions do not; the step's own checks refuse them in this thread). */
function plainData(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

function reasonOf(signal: AbortSignal): string {
  return signal.reason instanceof Error ? signal.reason.message : 'the attempt ended';
}
