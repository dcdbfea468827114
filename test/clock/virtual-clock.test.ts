import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VirtualClock } from '../../src/clock/virtual-clock.js';

test('sleeps wake in time order, ties in call order, and time jumps', async () => {
  const clock = new VirtualClock();
  const woke: string[] = [];
  await Promise.all([
    clock.sleep(300).then(() => woke.push(`c@${clock.monotonic()}`)),
    clock.sleep(100).then(() => woke.push(`a@${clock.monotonic()}`)),
    clock.sleep(100).then(() => woke.push(`b@${clock.monotonic()}`)),
  ]);
  assert.deepEqual(woke, ['a@100', 'b@100', 'c@300']);
  assert.equal(clock.now().toISOString(), '2026-01-01T00:00:00.300Z');
});

test('a chain of sleeps adds up', async () => {
  const clock = new VirtualClock({ start: 0 });
  const task = async (): Promise<number> => {
    await clock.sleep(1000);
    await clock.sleep(2000);
    return clock.monotonic();
  };
  const [x, y] = await Promise.all([task(), clock.sleep(2500).then(() => clock.monotonic())]);
  assert.equal(x, 3000);
  assert.equal(y, 2500);
});

test('an aborted sleep rejects with the reason and never wakes', async () => {
  const clock = new VirtualClock();
  const ctrl = new AbortController();
  const p = clock.sleep(1000, ctrl.signal);
  ctrl.abort(new Error('stop'));
  await assert.rejects(p, /stop/);
  assert.equal(clock.pending(), 0);
  await assert.rejects(clock.sleep(5, ctrl.signal), /stop/);
});

test('manual mode moves only on advance', async () => {
  const clock = new VirtualClock({ auto: false });
  let done = false;
  void clock.sleep(500).then(() => (done = true));
  await clock.advance(499);
  assert.equal(done, false);
  await clock.advance(1);
  assert.equal(done, true);
  assert.equal(clock.monotonic(), 500);
});
