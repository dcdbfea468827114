import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isRetryable } from '../../src/node/is-retryable.js';
import { OdibiError } from '../../src/errors.js';

test('read, write, function, timeout and injected errors are retried; config and validation errors never', () => {
  assert.equal(isRetryable(new OdibiError('ENGINE_READ', 'x'), 'read'), true);
  assert.equal(isRetryable(new Error('EBUSY'), 'write'), true);
  assert.equal(isRetryable(new OdibiError('NODE_FUNCTION', 'x'), 'step'), true);
  assert.equal(isRetryable(new OdibiError('NODE_TIMEOUT', 'x'), 'read'), true);
  assert.equal(isRetryable(new OdibiError('NODE_INJECTED', 'x'), 'inject'), true);
  assert.equal(isRetryable(new OdibiError('NODE_VALIDATION', 'x'), 'validation'), false);
  assert.equal(isRetryable(new OdibiError('CONFIG_UNKNOWN_FUNCTION', 'x'), 'step'), false);
  assert.equal(isRetryable(new OdibiError('CONNECTION_PATH_ESCAPE', 'x'), 'read'), false);
  assert.equal(isRetryable(new OdibiError('ENGINE_STEP', 'x'), 'step'), false);
});
