/**
 * The machine's Redis (127.0.0.1:6379) in tests. Other test runs and helpers use the same server
 * at the same time, so every run works under its own key prefix (pid + random) and deletes only
 * its own keys afterwards: never FLUSHALL / FLUSHDB.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

export const REDIS_HOST = '127.0.0.1';
export const REDIS_PORT = Number(process.env.TEST_REDIS_PORT ?? 6379);
export const REDIS_URL = `redis://${REDIS_HOST}:${REDIS_PORT}`;

/** A key prefix no other run uses. */
export function testPrefix(label = 'test'): string {
  return `netmedic-${label}:${process.pid}-${randomBytes(4).toString('hex')}:`;
}

/** A plain client for inspecting and cleaning up (throws a clear error when Redis is not running). */
export async function adminClient(): Promise<Redis> {
  const client = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  try {
    await client.connect();
  } catch (err) {
    client.disconnect();
    throw new Error(
      `These tests need Redis on ${REDIS_HOST}:${REDIS_PORT} (.ci/run starts one): ${(err as Error).message}`,
    );
  }
  return client;
}

/** Deletes every key under `prefix` (only this run's keys). */
export async function deleteKeys(client: Redis, prefix: string): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) deleted += await client.del(...keys);
  } while (cursor !== '0');
  return deleted;
}
