import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VirtualClock } from '../../src/clock/virtual-clock.js';
import { withTimeout } from '../../src/node/with-timeout.js';
import { OdibiError } from '../../src/errors.js';

test('resolves with the work when it is in time', async () => {
  const clock = new VirtualClock();
  const v = await withTimeout(async () => {
    await clock.sleep(40);
    return 7;
  }, { timeoutMs: 50, clock, attempt: 1 });
  assert.equal(v, 7);
  assert.equal(clock.pending(), 0);
});

test('a never-settling work is ended by the timeout and its signal aborted', async () => {
  const clock = new VirtualClock();
  let signalSeen: AbortSignal | undefined;
  const late: unknown[] = [];
  const p = withTimeout((signal) => {
    signalSeen = signal;
    return new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(new Error('late'))));
  }, { timeoutMs: 50, clock, attempt: 3, node: 'n', onLate: (e) => late.push(e) });
  await assert.rejects(p, (e: unknown) => e instanceof OdibiError && e.code === 'NODE_TIMEOUT' && /attempt 3 timed out after 50 ms/.test(e.message));
  assert.equal(signalSeen?.aborted, true);
  await new Promise((r) => setImmediate(r));
  assert.equal((late[0] as Error).message, 'late');
});

test('the work\'s own error is not reported as late; cancelling the run aborts', async () => {
  const clock = new VirtualClock();
  const late: unknown[] = [];
  await assert.rejects(withTimeout(async () => { throw new Error('own'); }, { timeoutMs: 50, clock, attempt: 1, onLate: (e) => late.push(e) }), /own/);
  await new Promise((r) => setImmediate(r));
  assert.equal(late.length, 0);
  const ctrl = new AbortController();
  const p = withTimeout(() => new Promise<never>(() => undefined), { clock, attempt: 1, signal: ctrl.signal, node: 'x' });
  ctrl.abort();
  await assert.rejects(p, (e: unknown) => e instanceof OdibiError && e.code === 'NODE_ABORTED');
});

test('without a limit or a run signal the work gets the shared signal; with a limit, its own', async () => {
  const clock = new VirtualClock();
  const shared = new AbortController().signal;
  const seen: AbortSignal[] = [];
  const work = async (signal: AbortSignal): Promise<number> => (seen.push(signal), 1);
  assert.equal(await withTimeout(work, { clock, attempt: 1, unlimitedSignal: shared }), 1);
  assert.equal(await withTimeout(work, { clock, attempt: 1, timeoutMs: 10, unlimitedSignal: shared }), 1);
  assert.equal(seen[0], shared);
  assert.notEqual(seen[1], shared);
});

test('work that throws before returning a promise still ends as a rejection', async () => {
  const clock = new VirtualClock();
  const work = (): Promise<number> => { throw new Error('at once'); };
  const outcome = withTimeout(work, { clock, attempt: 1 });
  assert.ok(outcome instanceof Promise);
  await assert.rejects(outcome, /at once/);
});
