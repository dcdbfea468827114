/**
 * The processor BullMQ runs in each sandboxed process of a worker: loads
 * the worker's project once (the file and queue come from the environment
 * the worker gives its processes), leaves its pid where the worker can find
 * it (to kill an attempt that ignores its cancellation), and runs the attempt. A sandboxed process exits when its worker
 * dies (its IPC channel closes), so an orphan cannot finish a lost attempt
 * behind the retry's back. Internal.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { AttemptJob, AttemptReport } from './attempt-job.js';
import { runAttemptJob } from './run-attempt-job.js';
import { loadWorkerProject, type WorkerProject } from './worker-project.js';

/** The part of BullMQ's sandboxed job this processor uses. */
interface SandboxedJob {
  id?: string;
  data: AttemptJob;
}

/** Environment variables through which `odibi worker` configures its sandboxed processes. */
export const WORKER_ENV = { name: 'ODIBI_WORKER_NAME', project: 'ODIBI_WORKER_PROJECT', queue: 'ODIBI_WORKER_QUEUE', version: 'ODIBI_WORKER_VERSION', pids: 'ODIBI_WORKER_PIDS' } as const;

/** The file in which the process running job `id` leaves its pid. */
export function pidFile(folder: string, id: string): string {
  return join(folder, `${encodeURIComponent(id)}.pid`);
}

let loaded: Promise<WorkerProject> | undefined;

if (typeof process.send === 'function') process.on('disconnect', () => process.exit(1));

export default async function processAttemptJob(job: SandboxedJob, _token?: string, signal?: AbortSignal): Promise<AttemptReport> {
  const worker = process.env[WORKER_ENV.name] ?? `${hostname()}:${process.pid}`;
  const file = process.env[WORKER_ENV.project];
  if (!file) throw new Error(`${WORKER_ENV.project} is not set: this processor runs inside \`odibi worker\``);
  const queue = process.env[WORKER_ENV.queue];
  loaded ??= loadWorkerProject(file, queue ? { queue } : {});
  // A file, not a progress message: a message the worker fails to pass on (Redis down) would fail
  // the job in BullMQ's sandbox while this process still runs it, and the next job would find it busy.
  const pids = process.env[WORKER_ENV.pids];
  const mine = pids && job.id !== undefined ? pidFile(pids, job.id) : undefined;
  if (mine) writeFileSync(mine, String(process.pid));
  try {
    const project = await loaded;
    return await runAttemptJob(job.data, project, worker, signal ?? new AbortController().signal, process.env[WORKER_ENV.version] ?? project.version);
  } finally {
    if (mine) rmSync(mine, { force: true });
  }
}
