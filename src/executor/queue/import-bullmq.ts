/**
 * Loads BullMQ and ioredis on first use of the queue executor or a worker:
 * importing the library, or running projects in process, never loads them.
 * Node caches the modules, so later calls are immediate. Internal.
 */
export type BullMq = typeof import('bullmq');
export type IoRedis = typeof import('ioredis');

export async function importBullMq(): Promise<{ bullmq: BullMq; Redis: IoRedis['Redis'] }> {
  const [bullmq, ioredis] = await Promise.all([import('bullmq'), import('ioredis')]);
  return { bullmq, Redis: ioredis.Redis };
}
