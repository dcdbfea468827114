/**
 * The inside of a step worker: runs each step it is sent with the Arquero
 * engine's own `applyStep`, and replies with the table or the error. A
 * function step's module is imported here once (the same file the runner
 * loaded the function from). The runner terminates the worker when the
 * node's deadline passes; nothing here needs to watch the time. Internal:
 * `step-worker.mjs` starts it.
 */
import type { MessagePort } from 'node:worker_threads';
import type { ColumnTable } from 'arquero';
import { applyStep } from '../engine/arquero/apply-step.js';
import type { ReadonlyTables, TransformFunction } from '../engine/engine.js';
import { loadFunctions } from '../manager/load-functions.js';
import { fromTableMessage, toErrorMessage, toTableMessage, type FunctionSource, type StepJob, type StepReply } from './step-job.js';

export function serveSteps(port: MessagePort): void {
  const modules = new Map<string, Promise<Map<string, TransformFunction>>>();
  const never = new AbortController().signal;
  port.on('message', (job: StepJob) => {
    run(job, modules, never).then(
      (table): void => port.postMessage({ ok: true, table: toTableMessage(table) } satisfies StepReply),
      (error: unknown): void => port.postMessage({ ok: false, error: toErrorMessage(error) } satisfies StepReply),
    );
  });
}

async function run(job: StepJob, modules: Map<string, Promise<Map<string, TransformFunction>>>, signal: AbortSignal): Promise<ColumnTable> {
  const copies = new Map(job.tables.map(([name, table]) => [name, fromTableMessage(table)] as const));
  const tables: ReadonlyTables<ColumnTable> = { get: (name) => copies.get(name)!, has: (name) => copies.has(name), names: () => [...copies.keys()] };
  const functions = job.source ? await functionsOf(job.source, job.step, modules) : new Map<string, TransformFunction>();
  return applyStep(fromTableMessage(job.table), job.step, { node: job.node, stepIndex: job.stepIndex, tables, functions, signal });
}

/** The step's function, registered under the step's name, from its module. */
async function functionsOf(source: FunctionSource, step: StepJob['step'], modules: Map<string, Promise<Map<string, TransformFunction>>>): Promise<Map<string, TransformFunction>> {
  let loaded = modules.get(source.file);
  if (!loaded) modules.set(source.file, (loaded = loadFunctions([source.file])));
  const fn = (await loaded).get(source.exportName);
  return new Map(fn && step.kind === 'function' ? [[step.function, fn]] : []);
}
