/**
 * A Redis connection that answers within a deadline or fails clearly:
 * explicit connect timeout, a few retries, no offline queue (a command
 * while disconnected fails at once instead of waiting). The error names
 * the masked address, the reason and the fix (EXECUTOR_REDIS_UNREACHABLE).
 *
 * @example
 * ```ts
 * // not run: needs a Redis server
 * import { connectRedis } from 'odibi-ts/dist/src/executor/queue/connect-redis.js';
 * import { redisAddress } from 'odibi-ts/dist/src/executor/queue/redis-url.js';
 * const client = await connectRedis(redisAddress('redis://127.0.0.1:6379'));
 * await client.quit();
 * ```
 */
import type { RedisOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { OdibiError } from '../../errors.js';
import { importBullMq } from './import-bullmq.js';
import { withoutSecret, type RedisAddress } from './redis-url.js';

/** How long connecting may take before the error. */
export const CONNECT_TIMEOUT_MS = 3000;

/** ioredis options for `address`: give up after a few retries (`persistent`: retry for ever, as a worker's blocking connection must). */
export function redisOptions(address: RedisAddress, persistent = false): RedisOptions {
  const options: RedisOptions = {
    host: address.host, port: address.port, db: address.db,
    connectTimeout: CONNECT_TIMEOUT_MS,
    retryStrategy: persistent ? (times: number) => Math.min(times * 250, 2000) : (times: number) => (times > 3 ? null : times * 200),
  };
  if (address.username) options.username = address.username;
  if (address.password) options.password = address.password;
  return persistent ? { ...options, maxRetriesPerRequest: null } : { ...options, maxRetriesPerRequest: 1, enableOfflineQueue: false };
}

/**
 * A connected client (PING answered), or EXECUTOR_REDIS_UNREACHABLE within
 * about CONNECT_TIMEOUT_MS. `persistent` (a worker's): once connected, it
 * reconnects for ever; otherwise (a scheduler's) the first disconnection ends it.
 */
export async function connectRedis(address: RedisAddress, persistent = false): Promise<Redis> {
  const { Redis } = await importBullMq();
  const client = new Redis({ ...redisOptions(address, persistent), lazyConnect: true, ...(persistent ? {} : { retryStrategy: () => null }) });
  let lastError: string | undefined;
  client.on('error', (error: Error) => void (lastError ??= error.message));
  try {
    await deadline(client.connect().then(() => client.ping()), CONNECT_TIMEOUT_MS + 500);
    return client;
  } catch (error) {
    client.disconnect();
    const reason = withoutSecret(lastError ?? (error instanceof Error && error.message !== 'deadline' ? error.message : 'no answer'), address);
    throw new OdibiError('EXECUTOR_REDIS_UNREACHABLE', `cannot reach Redis at ${address.shown} within ${CONNECT_TIMEOUT_MS} ms: ${reason}`, {
      hint: 'start Redis (redis-server) or fix executor.redis / --redis; a password may come from ODIBI_REDIS_PASSWORD',
    });
  }
}

function deadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('deadline')), ms)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
