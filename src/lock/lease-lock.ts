/**
 * A lock held as a lease, in a file: the holder's record (what, pid, host,
 * start) is published whole with `link`, which fails when the lock exists,
 * so two takers can never both succeed and no reader sees half a record.
 * The holder renews its lease every third of it by touching the file (its
 * modification time is the last renewal), which never changes a record, not
 * even one that took its place. A holder that is
 * gone (its process died on this host, or its lease expired: a lost machine)
 * is taken over; the stale record is removed under a short second lock and
 * only if it is still the one judged gone, so a fresh lock is never removed.
 * A lock held by a live holder fails at once with LOCK_HELD naming it, or,
 * with `waitMs`, is waited for (LOCK_TIMEOUT when the wait runs out).
 *
 * @example
 * ```ts
 * import { acquireLeaseLock } from 'odibi-ts/dist/src/lock/lease-lock.js';
 * const lock = await acquireLeaseLock('../.odibi/tmp/example.lock', { what: 'the example', holder: 'a notebook cell' });
 * // ... work nobody else may do at the same time ...
 * await lock.release();
 * ```
 */
import { link, mkdir, readFile, stat, unlink, utimes } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../clock.js';
import { systemClock } from '../clock/system-clock.js';
import { fileSystemOps, temporaryName } from '../connections/atomic-write.js';
import { OdibiError } from '../errors.js';
import { describeHolder, isHolderGone, newHolder, type LockHolder } from './lock-holder.js';

/** Default lease: a holder that has not renewed for 30 s is gone. */
export const DEFAULT_LEASE_MS = 30_000;
/** A takeover holds its second lock for a few file operations; one older than this was left by a process that died. */
const BREAK_STALE_MS = 5_000;

export interface LeaseLockOptions {
  /** What the lock protects, for messages: `project examples/retail/project.yaml`. */
  what: string;
  /** What holds it, written in the lock: a command line. */
  holder: string;
  leaseMs?: number;
  /** How long to wait for a lock another holds: 0 (default) fails at once; Infinity waits as long as it takes. */
  waitMs?: number;
  /** Called about once a second while waiting, with the holder (undefined while unreadable) and the time waited. */
  onWait?: (holder: LockHolder | undefined, waitedMs: number) => void;
  clock?: Clock;
}

export interface HeldLock {
  readonly file: string;
  readonly holder: LockHolder;
  /** The gone holder this lock was taken over from. */
  readonly tookOver?: LockHolder;
  /** False once another took the lock (this process stopped renewing for longer than the lease). */
  readonly kept: boolean;
  release(): Promise<void>;
}

/** What is in a lock file: its text, when it was last renewed, and the holder when the text is a valid record. */
interface LockContent {
  text: string;
  renewedMs: number;
  holder?: LockHolder;
}

async function readLock(file: string): Promise<LockContent | undefined> {
  try {
    const [text, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    const renewed = new Date(info.mtimeMs).toISOString();
    try {
      const value = JSON.parse(text) as LockHolder;
      const valid = typeof value.token === 'string' && typeof value.pid === 'number' && typeof value.leaseMs === 'number';
      return { text, renewedMs: info.mtimeMs, holder: valid ? { ...value, renewed } : undefined };
    } catch {
      return { text, renewedMs: info.mtimeMs };
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Creates `file` holding `record`, whole, unless it exists: false then. */
async function publish(file: string, record: LockHolder): Promise<boolean> {
  const temporary = temporaryName(file);
  await fileSystemOps.writeFile(temporary, new TextEncoder().encode(`${JSON.stringify(record)}\n`));
  try {
    await link(temporary, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

/** Is the lock's content from a holder that is gone? A record nobody can read is judged by the file's age. */
function isGone(content: LockContent, leaseMs: number, now: Date): boolean {
  if (content.holder) return isHolderGone(content.holder, now);
  return now.getTime() - content.renewedMs > leaseMs;
}

/** Removes the lock `seen` was read from, if it still holds exactly that, under a second lock so only one taker does. */
async function removeGone(file: string, seen: LockContent, me: LockHolder, now: Date): Promise<void> {
  const breaker = `${file}.break`;
  if (!(await publish(breaker, me))) {
    const info = await stat(breaker).catch(() => undefined);
    if (info && now.getTime() - info.mtimeMs > BREAK_STALE_MS) await unlink(breaker).catch(() => undefined);
    return;
  }
  try {
    const again = await readLock(file);
    if (again?.text === seen.text) await unlink(file).catch(() => undefined);
  } finally {
    await unlink(breaker).catch(() => undefined);
  }
}

type Attempt = { taken: true; tookOver?: LockHolder } | { taken: false; content?: LockContent };

async function tryTake(file: string, me: LockHolder, leaseMs: number, clock: Clock): Promise<Attempt> {
  let tookOver: LockHolder | undefined;
  for (let tries = 0; tries < 3; tries++) {
    if (await publish(file, me)) return { taken: true, tookOver };
    const content = await readLock(file);
    if (content === undefined) continue; // released meanwhile
    if (!isGone(content, leaseMs, clock.now())) return { taken: false, content };
    await removeGone(file, content, me, clock.now());
    tookOver = content.holder;
  }
  return { taken: false, content: await readLock(file) };
}

function heldError(options: LeaseLockOptions, file: string, holder: LockHolder | undefined, waitedMs: number, now: Date): OdibiError {
  const who = holder ? describeHolder(holder, now) : `a holder whose record in ${file} cannot be read yet`;
  if ((options.waitMs ?? 0) > 0) {
    return new OdibiError('LOCK_TIMEOUT', `waited ${Math.round(waitedMs / 1000)} s for ${options.what}: it is still locked by ${who}`, {
      hint: 'wait longer (--wait SECONDS, or --wait alone to wait as long as it takes), or stop that run',
    });
  }
  return new OdibiError('LOCK_HELD', `${options.what} is locked by ${who}`, {
    hint: `let that run finish, or pass --wait to wait for it; a holder that died is taken over, at once on this host, after its ${Math.round((holder?.leaseMs ?? DEFAULT_LEASE_MS) / 1000)} s lease elsewhere`,
  });
}

export async function acquireLeaseLock(file: string, options: LeaseLockOptions): Promise<HeldLock> {
  const clock = options.clock ?? systemClock;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const waitMs = options.waitMs ?? 0;
  const me = newHolder(options.holder, leaseMs, clock.now());
  await mkdir(path.dirname(file), { recursive: true });
  const t0 = clock.monotonic();
  for (let delay = 50; ; delay = Math.min(delay * 2, 1000)) {
    const attempt = await tryTake(file, me, leaseMs, clock);
    if (attempt.taken === true) return hold(file, me, attempt.tookOver, clock);
    const waited = clock.monotonic() - t0;
    if (waited >= waitMs) throw heldError(options, file, attempt.content?.holder, waited, clock.now());
    options.onWait?.(attempt.content?.holder, waited);
    await clock.sleep(Math.min(delay, waitMs - waited));
  }
}

/** The held lock: renewed (touched) every third of the lease until released, or until another took it. */
function hold(file: string, me: LockHolder, tookOver: LockHolder | undefined, clock: Clock): HeldLock {
  let kept = true;
  let renewing: Promise<void> = Promise.resolve();
  const renew = async (): Promise<void> => {
    const current = await readLock(file).catch(() => undefined);
    if (current?.holder?.token !== me.token) {
      kept = false;
      clearInterval(timer);
      return;
    }
    const now = clock.now();
    await utimes(file, now, now).catch(() => undefined);
  };
  const timer = setInterval(() => void (kept && (renewing = renewing.then(renew))), Math.max(10, me.leaseMs / 3));
  timer.unref();
  return {
    file, holder: me, ...(tookOver ? { tookOver } : {}),
    get kept() {
      return kept;
    },
    async release() {
      clearInterval(timer);
      await renewing;
      const current = await readLock(file).catch(() => undefined);
      if (current?.holder?.token === me.token) await unlink(file).catch(() => undefined);
    },
  };
}
