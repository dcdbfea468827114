/**
 * The processor BullMQ runs in each sandboxed process of a worker: loads
 * the worker's project once (the file and queue come from the environment
 * the worker gives its processes), tells the worker which process took the
 * job, and runs the attempt. A sandboxed process exits when its worker
 * dies (its IPC channel closes), so an orphan cannot finish a lost attempt
 * behind the retry's back. Internal.
 */
import { hostname } from 'node:os';
import type { AttemptJob, AttemptReport, AttemptStarted } from './attempt-job.js';
import { runAttemptJob } from './run-attempt-job.js';
import { loadWorkerProject, type WorkerProject } from './worker-project.js';

/** The part of BullMQ's sandboxed job this processor uses. */
interface SandboxedJob {
  data: AttemptJob;
  updateProgress(progress: object): Promise<void>;
}

/** Environment variables through which `odibi worker` configures its sandboxed processes. */
export const WORKER_ENV = { name: 'ODIBI_WORKER_NAME', project: 'ODIBI_WORKER_PROJECT', queue: 'ODIBI_WORKER_QUEUE', version: 'ODIBI_WORKER_VERSION' } as const;

let loaded: Promise<WorkerProject> | undefined;

if (typeof process.send === 'function') process.on('disconnect', () => process.exit(1));

export default async function processAttemptJob(job: SandboxedJob, _token?: string, signal?: AbortSignal): Promise<AttemptReport> {
  const worker = process.env[WORKER_ENV.name] ?? `${hostname()}:${process.pid}`;
  const file = process.env[WORKER_ENV.project];
  if (!file) throw new Error(`${WORKER_ENV.project} is not set: this processor runs inside \`odibi worker\``);
  const queue = process.env[WORKER_ENV.queue];
  loaded ??= loadWorkerProject(file, queue ? { queue } : {});
  const started: AttemptStarted = { worker, pid: process.pid };
  await job.updateProgress(started);
  const project = await loaded;
  return runAttemptJob(job.data, project, worker, signal ?? new AbortController().signal, process.env[WORKER_ENV.version] ?? project.version);
}
