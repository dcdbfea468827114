import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveRetry } from '../../src/config/resolve-retry.js';
import { DEFAULTS } from '../../src/config/types.js';

test('no input keeps the base', () => {
  assert.deepEqual(resolveRetry(DEFAULTS.retry), DEFAULTS.retry);
  assert.deepEqual(resolveRetry(DEFAULTS.retry, null), DEFAULTS.retry);
});

test('given keys override, the rest comes from the base', () => {
  const project = resolveRetry(DEFAULTS.retry, { max_attempts: 4, backoff: 'constant' });
  assert.deepEqual(resolveRetry(project, { jitter: true }), { ...DEFAULTS.retry, maxAttempts: 4, backoff: 'constant', jitter: true });
});

test('enabled: false turns retries off; enabled: true alone means three attempts', () => {
  assert.equal(resolveRetry({ ...DEFAULTS.retry, maxAttempts: 5 }, { enabled: false }).maxAttempts, 1);
  assert.equal(resolveRetry(DEFAULTS.retry, { enabled: true }).maxAttempts, 3);
  assert.equal(resolveRetry(DEFAULTS.retry, { enabled: true, max_attempts: 2 }).maxAttempts, 2);
});
