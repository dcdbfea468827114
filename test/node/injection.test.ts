import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VirtualClock } from '../../src/clock/virtual-clock.js';
import { makeInjector } from '../../src/node/injection.js';
import { OdibiError } from '../../src/errors.js';

async function outcomes(injector: ReturnType<typeof makeInjector>, attempts: number, clock = new VirtualClock()): Promise<string[]> {
  const out: string[] = [];
  for (let a = 1; a <= attempts; a++) {
    out.push(await injector!(a, clock, new AbortController().signal).then(() => 'ok', (e: OdibiError) => e.code));
  }
  return out;
}

test('fail, failTimes and delayMs', async () => {
  assert.equal(makeInjector('n', undefined), undefined);
  assert.deepEqual(await outcomes(makeInjector('n', 'fail'), 2), ['NODE_INJECTED', 'NODE_INJECTED']);
  assert.deepEqual(await outcomes(makeInjector('n', { fail: true }), 1), ['NODE_INJECTED']);
  assert.deepEqual(await outcomes(makeInjector('n', { failTimes: 2 }), 3), ['NODE_INJECTED', 'NODE_INJECTED', 'ok']);
  const clock = new VirtualClock();
  assert.deepEqual(await outcomes(makeInjector('n', { delayMs: 250 }), 2, clock), ['ok', 'ok']);
  assert.equal(clock.monotonic(), 500);
});

test('random failures are seeded: the same seed fails the same attempts, about `rate` of them', async () => {
  const a = await outcomes(makeInjector('n', { random: { rate: 0.3, seed: 11 } }), 200);
  const b = await outcomes(makeInjector('n', { random: { rate: 0.3, seed: 11 } }), 200);
  assert.deepEqual(a, b);
  const failed = a.filter((x) => x !== 'ok').length;
  assert.ok(failed > 30 && failed < 90, `${failed} of 200 failed`);
  assert.notDeepEqual(a, await outcomes(makeInjector('n', { random: { rate: 0.3, seed: 12 } }), 200));
});
