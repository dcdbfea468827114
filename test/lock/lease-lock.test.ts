import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OdibiError } from '../../src/errors.js';
import { acquireLeaseLock } from '../../src/lock/lease-lock.js';
import type { LockHolder } from '../../src/lock/lock-holder.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'odibi-lease-lock-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
let files = 0;
const lockFile = () => path.join(tmp, `l${++files}`, 'run.lock');
const options = { what: 'project p.yaml', holder: 'odibi run p.yaml' };

/** The pid of a process that has ended (so is certainly not running). */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" }).stdout.trim());
}

/** Writes a lock record as another holder would; `renewedAgoMs` sets the file's time, which is its last renewal. */
function writeHolder(file: string, holder: Partial<LockHolder>, renewedAgoMs = 0): void {
  const now = new Date().toISOString();
  writeFileSync(file, JSON.stringify({ holder: 'odibi run other.yaml', pid: process.pid, host: os.hostname(), start: now, leaseMs: 30_000, token: 'theirs', ...holder }));
  const renewed = new Date(Date.now() - renewedAgoMs);
  utimesSync(file, renewed, renewed);
}

test('a lock is taken, holds its holder record, and is gone once released', async () => {
  const file = lockFile();
  const lock = await acquireLeaseLock(file, options);
  const record = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
  assert.equal(record.holder, 'odibi run p.yaml');
  assert.equal(record.pid, process.pid);
  assert.equal(record.host, os.hostname());
  assert.equal(record.token, lock.holder.token);
  assert.equal(lock.kept, true);
  await lock.release();
  assert.deepEqual(readdirSync(path.dirname(file)), [], 'no lock and no temporary file left');
});

test('a second taker fails at once with LOCK_HELD naming the holder, and gets it once it is released', async () => {
  const file = lockFile();
  const first = await acquireLeaseLock(file, { ...options, holder: 'odibi run p.yaml --pipeline gold' });
  await assert.rejects(acquireLeaseLock(file, options), (e: unknown) => e instanceof OdibiError && e.code === 'LOCK_HELD'
    && e.message.includes('project p.yaml is locked by odibi run p.yaml --pipeline gold')
    && e.message.includes(`pid ${process.pid} on ${os.hostname()}`) && /--wait/.test(e.hint ?? ''));
  await first.release();
  const second = await acquireLeaseLock(file, options);
  await second.release();
});

test('with waitMs, a taker waits for the holder (reporting the wait) and gets the lock when it is released', async () => {
  const file = lockFile();
  const first = await acquireLeaseLock(file, options);
  const waits: (string | undefined)[] = [];
  setTimeout(() => void first.release(), 300);
  const second = await acquireLeaseLock(file, { ...options, waitMs: 10_000, onWait: (holder) => waits.push(holder?.token) });
  assert.ok(waits.length > 0 && waits.every((t) => t === first.holder.token), 'the wait was reported, naming the holder');
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).token, second.holder.token);
  await second.release();
});

test('a wait that runs out is LOCK_TIMEOUT, and the holder keeps its lock', async () => {
  const file = lockFile();
  const first = await acquireLeaseLock(file, options);
  await assert.rejects(acquireLeaseLock(file, { ...options, waitMs: 200 }), (e: unknown) => e instanceof OdibiError && e.code === 'LOCK_TIMEOUT'
    && /^waited 0 s for project p\.yaml: it is still locked by odibi run p\.yaml/.test(e.message));
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).token, first.holder.token);
  await first.release();
});

test('a holder whose process died on this host is taken over at once, and the takeover names it', async () => {
  const file = lockFile();
  await acquireLeaseLock(file, options).then((l) => l.release()); // makes the folder
  const pid = deadPid();
  writeHolder(file, { pid, token: 'dead' });
  const lock = await acquireLeaseLock(file, options);
  assert.equal(lock.tookOver?.pid, pid);
  assert.equal(lock.tookOver?.token, 'dead');
  await lock.release();
});

test('a holder on another host is held to its lease: taken over once it expired, never before', async () => {
  const file = lockFile();
  await acquireLeaseLock(file, options).then((l) => l.release());
  writeHolder(file, { host: 'elsewhere', pid: 1, leaseMs: 30_000 }, 5_000);
  await assert.rejects(acquireLeaseLock(file, options), (e: unknown) => e instanceof OdibiError && e.code === 'LOCK_HELD'
    && /pid 1 on elsewhere/.test(e.message) && /renewed 5 s ago/.test(e.message));
  writeHolder(file, { host: 'elsewhere', pid: 1, leaseMs: 30_000, token: 'lost' }, 31_000);
  const lock = await acquireLeaseLock(file, options);
  assert.equal(lock.tookOver?.token, 'lost');
  await lock.release();
});

test('an unreadable lock file is judged by its age: a fresh one is held, an old one taken over', async () => {
  const file = lockFile();
  await acquireLeaseLock(file, options).then((l) => l.release());
  writeFileSync(file, '{"holder": "odibi ru');
  await assert.rejects(acquireLeaseLock(file, options), (e: unknown) => e instanceof OdibiError && e.code === 'LOCK_HELD' && /cannot be read/.test(e.message));
  const lock = await acquireLeaseLock(file, { ...options, leaseMs: 1, waitMs: 1_000 });
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).token, lock.holder.token);
  await lock.release();
});

test('of many takers racing for a dead holder\'s lock, exactly one gets it', async () => {
  for (let round = 0; round < 5; round++) {
    const file = lockFile();
    await acquireLeaseLock(file, options).then((l) => l.release());
    writeHolder(file, { pid: deadPid(), token: 'dead' });
    const outcomes = await Promise.allSettled(Array.from({ length: 8 }, () => acquireLeaseLock(file, options)));
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    assert.equal(won.length, 1, `round ${round}: one winner`);
    assert.ok(outcomes.every((o) => o.status === 'fulfilled' || (o.reason instanceof OdibiError && o.reason.code === 'LOCK_HELD')));
    await (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof acquireLeaseLock>>>).value.release();
  }
});

/** Waits (up to 10 s) until `done()`. */
async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done(); waited += 10) {
    assert.ok(waited < 10_000, 'in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

test('the holder renews its lease (touching the file); a lock taken from under it is noticed and never removed by its release', async () => {
  const file = lockFile();
  const lock = await acquireLeaseLock(file, { ...options, leaseMs: 60 });
  const record = readFileSync(file, 'utf8');
  const old = new Date(Date.now() - 50_000);
  utimesSync(file, old, old);
  await until(() => statSync(file).mtimeMs > old.getTime());
  assert.equal(readFileSync(file, 'utf8'), record, 'a renewal never rewrites the record');
  writeHolder(file, { token: 'thief' });
  await until(() => !lock.kept);
  await lock.release();
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).token, 'thief', 'the other holder\'s lock stays');
});
