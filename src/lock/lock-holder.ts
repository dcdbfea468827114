/**
 * Who holds a lease lock, as written in the lock file: what holds it (a
 * command line), its process id, host and start, and when it last renewed
 * its lease. A holder is gone when its lease expired (a lost machine, a
 * process that stopped renewing) or, on this host, when its process no
 * longer exists (`kill -9`): then another may take the lock over.
 *
 * @example
 * ```ts
 * import { describeHolder, isHolderGone, newHolder } from 'odibi-ts/dist/src/lock/lock-holder.js';
 * const me = newHolder('odibi run project.yaml', 30_000, new Date());
 * isHolderGone(me, new Date()); // false: this process is running
 * describeHolder(me, new Date()); // 'odibi run project.yaml (pid 4242 on host, since 2026-...Z, renewed 0 s ago)'
 * ```
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';

/** The content of a lock file. */
export interface LockHolder {
  /** What holds the lock, e.g. `odibi run project.yaml --pipeline gold`. */
  holder: string;
  pid: number;
  host: string;
  /** ISO time the lock was taken. */
  start: string;
  /** ISO time the lease was last renewed: the lock file's modification time, which the holder touches to renew. */
  renewed: string;
  /** The lease: a holder that has not renewed for this long is gone. */
  leaseMs: number;
  /** Tells this taking of the lock from any other (a takeover checks it before removing a lock). */
  token: string;
}

/** A record for this process. */
export function newHolder(holder: string, leaseMs: number, now: Date): LockHolder {
  const time = now.toISOString();
  return { holder, pid: process.pid, host: os.hostname(), start: time, renewed: time, leaseMs, token: randomUUID() };
}

/** Is the process `pid` of this host running? (Signal 0 tests without sending anything; EPERM means it exists.) */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when the lease expired, or the holder's process on this host no longer exists. */
export function isHolderGone(holder: LockHolder, now: Date): boolean {
  if (now.getTime() - Date.parse(holder.renewed) > holder.leaseMs) return true;
  return holder.host === os.hostname() && !isRunning(holder.pid);
}

/** `odibi run p.yaml (pid 123 on host, since 2026-01-15T09:30:05.042Z, renewed 2 s ago)`. */
export function describeHolder(holder: LockHolder, now: Date): string {
  const ago = Math.max(0, Math.round((now.getTime() - Date.parse(holder.renewed)) / 1000));
  return `${holder.holder} (pid ${holder.pid} on ${holder.host}, since ${holder.start}, renewed ${ago} s ago)`;
}
