import { test } from 'node:test';
import assert from 'node:assert/strict';
import { systemClock } from '../../src/clock/system-clock.js';

test('system clock sleeps and honours abort', async () => {
  const t0 = systemClock.monotonic();
  await systemClock.sleep(5);
  assert.ok(systemClock.monotonic() >= t0);
  const ctrl = new AbortController();
  const p = systemClock.sleep(10_000, ctrl.signal);
  ctrl.abort(new Error('cancelled'));
  await assert.rejects(p, /cancelled/);
  assert.ok(systemClock.now() instanceof Date);
});
