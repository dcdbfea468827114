import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OdibiError } from '../../../src/errors.js';
import { maskRedisUrl, redisAddress, withoutSecret } from '../../../src/executor/queue/redis-url.js';

test('an address from the URL: host, port, database, credentials; shown with the password masked', () => {
  const address = redisAddress('redis://app:s3cr%40t@cache.internal:6380/2', {});
  assert.deepEqual({ ...address }, { host: 'cache.internal', port: 6380, db: 2, username: 'app', password: 's3cr@t', shown: 'redis://app:***@cache.internal:6380/2' });
  assert.ok(!address.shown.includes('s3cr'));
});

test('without a URL: ODIBI_REDIS_URL, else the local default; a password from ODIBI_REDIS_PASSWORD, never shown', () => {
  assert.equal(redisAddress(undefined, {}).shown, 'redis://127.0.0.1:6379');
  assert.equal(redisAddress(undefined, { ODIBI_REDIS_URL: 'redis://10.0.0.5:7000' }).port, 7000);
  const fromEnv = redisAddress('redis://10.0.0.5', { ODIBI_REDIS_PASSWORD: 'hunter2' });
  assert.equal(fromEnv.password, 'hunter2');
  assert.equal(fromEnv.shown, 'redis://:***@10.0.0.5');
  assert.equal(withoutSecret('WRONGPASS for hunter2', fromEnv), 'WRONGPASS for ***');
});

test('an unusable URL is a USAGE error that does not print its password', () => {
  for (const [url, why] of [['http://u:pw1@host', /scheme is http/], ['not a url', /not a URL/], ['redis://u:pw1@host/x', /database "x"/]] as const) {
    assert.throws(() => redisAddress(url, {}), (error: OdibiError) => error.code === 'USAGE' && why.test(error.message) && !error.message.includes('pw1'));
  }
  assert.equal(maskRedisUrl('redis://u:pw1@host:1'), 'redis://u:***@host:1');
});
