/**
 * The lock `odibi run` holds on its project while it runs, so two runs of
 * one project never write the same outputs at once (an append would lose
 * the other's rows): `<project folder>/.odibi/run.lock`, a lease lock.
 * Without `--wait`, a project another run holds fails at once (LOCK_HELD,
 * naming the holder); with `--wait [SECONDS]` it waits, saying so on stderr
 * every few seconds. A holder that died is taken over, and that is said too.
 */
import { join } from 'node:path';
import type { ProjectConfig } from '../../config/types.js';
import { OdibiError } from '../../errors.js';
import { acquireLeaseLock, type HeldLock } from '../../lock/lease-lock.js';
import { describeHolder, type LockHolder } from '../../lock/lock-holder.js';
import type { CliContext } from '../cli-context.js';

/** Where a project's run lock lives. */
export function runLockPath(project: ProjectConfig): string {
  return join(project.baseDir, '.odibi', 'run.lock');
}

/** `--wait` alone waits as long as it takes; `--wait 30` for 30 s; no `--wait` not at all. */
export function waitMs(wait: string | boolean | undefined): number {
  if (wait === undefined || wait === false) return 0;
  if (wait === true) return Infinity;
  const seconds = Number(wait);
  if (wait.trim() !== '' && Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  throw new OdibiError('USAGE', `--wait must be a number of seconds, got "${wait}"`, { hint: 'e.g. --wait 60, or --wait alone to wait as long as it takes' });
}

/** How often a wait is reported. */
const REPORT_EVERY_MS = 5_000;

export async function lockProject(project: ProjectConfig, file: string, options: { wait?: string | boolean; pipeline?: string[] }, context: CliContext): Promise<HeldLock> {
  const limit = waitMs(options.wait);
  let reported = -Infinity;
  const onWait = (holder: LockHolder | undefined, waited: number): void => {
    if (waited - reported < REPORT_EVERY_MS) return;
    reported = waited;
    const who = holder ? describeHolder(holder, new Date()) : 'another run';
    const left = Number.isFinite(limit) ? `, giving up in ${Math.ceil((limit - waited) / 1000)} s` : '';
    context.stderr.write(`waiting for ${file}: locked by ${who}; waited ${Math.round(waited / 1000)} s${left}\n`);
  };
  const holder = ['odibi run', file, ...(options.pipeline ?? []).flatMap((p) => ['--pipeline', p])].join(' ');
  const lockFile = runLockPath(project);
  const lock = await acquireLeaseLock(lockFile, { what: `project ${file}`, holder, waitMs: limit, onWait }).catch((error: unknown) => {
    if (error instanceof OdibiError) throw error;
    throw new OdibiError('CONNECTION_IO', `I/O error on ${lockFile} (taking the project's lock): ${(error as Error).message}`, {
      hint: 'odibi run keeps its lock in the project folder: check its permissions and free space', cause: error,
    });
  });
  if (lock.tookOver) {
    context.stderr.write(`took over the lock of ${file} from ${describeHolder(lock.tookOver, new Date())}, which is gone\n`);
  }
  return lock;
}
