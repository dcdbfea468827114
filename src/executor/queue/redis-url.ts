/**
 * The Redis address of the queue executor: from `--redis`, else the
 * project's `executor.redis`, else `ODIBI_REDIS_URL`, else the local
 * default; a password missing from the URL may come from
 * `ODIBI_REDIS_PASSWORD` (and a user from `ODIBI_REDIS_USERNAME`). Every
 * message shows the address through {@link maskRedisUrl}, never with its
 * credentials.
 *
 * @example
 * ```ts
 * import { maskRedisUrl, redisAddress } from 'odibi-ts/dist/src/executor/queue/redis-url.js';
 * maskRedisUrl('redis://app:s3cret@cache.internal:6380/2'); // 'redis://app:***@cache.internal:6380/2'
 * redisAddress(undefined, { ODIBI_REDIS_PASSWORD: 'pw' }).shown; // 'redis://:***@127.0.0.1:6379'
 * ```
 */
import { DEFAULTS } from '../../config/types.js';
import { OdibiError } from '../../errors.js';

/** Where Redis is, ready for ioredis, and how to show it. */
export interface RedisAddress {
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  /** The URL with its password masked: the only form ever printed. */
  shown: string;
}

/** Resolves the URL (`configured` first, then the environment) into an address. */
export function redisAddress(configured: string | undefined, env: Readonly<Record<string, string | undefined>> = process.env): RedisAddress {
  const text = configured ?? env.ODIBI_REDIS_URL ?? DEFAULTS.queue.redis;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badUrl(text, 'it is not a URL');
  }
  if (url.protocol !== 'redis:') throw badUrl(text, `the scheme is ${url.protocol.replace(':', '')}, not redis`);
  if (!url.hostname) throw badUrl(text, 'it names no host');
  const db = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0) throw badUrl(text, `the database "${url.pathname.slice(1)}" is not a number`);
  const password = url.password ? decodeURIComponent(url.password) : env.ODIBI_REDIS_PASSWORD;
  const username = url.username ? decodeURIComponent(url.username) : env.ODIBI_REDIS_USERNAME;
  const address: RedisAddress = { host: url.hostname, port: url.port ? Number(url.port) : 6379, db, shown: '' };
  if (username) address.username = username;
  if (password) address.password = password;
  address.shown = `redis://${username || password ? `${username ? encodeURIComponent(username) : ''}${password ? ':***' : ''}@` : ''}${url.host}${db ? `/${db}` : ''}`;
  return address;
}

/** The URL with any password replaced by `***` (unparsable text is hidden whole). */
export function maskRedisUrl(text: string): string {
  try {
    const url = new URL(text);
    if (url.password) url.password = '***';
    return url.toString().replace(/\/$/, '');
  } catch {
    return '(an unparsable Redis URL)';
  }
}

/** Removes every occurrence of the address's password from a text (an error message from a client, say). */
export function withoutSecret(text: string, address: RedisAddress): string {
  return address.password ? text.split(address.password).join('***') : text;
}

function badUrl(text: string, why: string): OdibiError {
  return new OdibiError('USAGE', `the Redis URL ${maskRedisUrl(text)} is not usable: ${why}`, {
    hint: 'write it as redis://[user:password@]host:port[/db], e.g. redis://127.0.0.1:6379',
  });
}
