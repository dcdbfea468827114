import { test } from 'node:test';
import assert from 'node:assert/strict';
import { retryDelay } from '../../src/node/retry-delay.js';
import { seededRandom } from '../../src/clock/seeded-random.js';

const policy = { maxAttempts: 6, initialDelayMs: 100, maxDelayMs: 500, jitter: false };

test('exponential, linear and constant delays, capped by max_delay_ms', () => {
  const of = (backoff: 'exponential' | 'linear' | 'constant') => [1, 2, 3, 4, 5].map((n) => retryDelay({ ...policy, backoff }, n));
  assert.deepEqual(of('exponential'), [100, 200, 400, 500, 500]);
  assert.deepEqual(of('linear'), [100, 200, 300, 400, 500]);
  assert.deepEqual(of('constant'), [100, 100, 100, 100, 100]);
});

test('jitter draws between half and all of the delay, reproducibly', () => {
  const jittered = (seed: number) => [1, 2, 3].map((n) => retryDelay({ ...policy, backoff: 'exponential', jitter: true }, n, seededRandom(seed)));
  const a = jittered(3);
  assert.deepEqual(a, jittered(3));
  [100, 200, 400].forEach((full, i) => assert.ok(a[i]! >= full / 2 && a[i]! <= full, `${a[i]} within [${full / 2}, ${full}]`));
});
