/**
 * A counting semaphore in Redis whose slots are leases with a time to live. A holder renews its
 * leases while it runs; a process that crashes stops renewing, and its slots free themselves when
 * the leases expire. Used for the global cap on checks in flight (and on checks accepted) shared by
 * every bot process, shard and `serve` instance.
 *
 * One sorted set per semaphore: member = lease id, score = expiry (Redis server time, ms), so
 * every process judges expiry by the same clock. Acquire, renew and count are Lua scripts (atomic).
 */
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';

const NOW_MS = `local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/** KEYS[1] set; ARGV limit, ttl, id → {1, count} taken, or {0, count} full. */
const ACQUIRE = `${NOW_MS}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local n = redis.call('ZCARD', KEYS[1])
if n >= tonumber(ARGV[1]) then return {0, n} end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) * 2)
return {1, n + 1}`;

/** KEYS[1] set; ARGV ttl, ids… → how many of them were still held (expired ones are lost). */
const RENEW = `${NOW_MS}
local held = 0
for i = 2, #ARGV do
  if redis.call('ZSCORE', KEYS[1], ARGV[i]) then
    redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[1]), ARGV[i])
    held = held + 1
  end
end
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1]) * 2)
return held`;

/** KEYS[1] set → live leases. */
const COUNT = `${NOW_MS}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
return redis.call('ZCARD', KEYS[1])`;

export interface LeaseSemaphoreOptions {
  client: Redis;
  /** The sorted set's key (include the deployment's prefix). */
  key: string;
  /** Slots. */
  limit: number;
  /** A lease not renewed for this long is freed (default 15000 ms); renewed every third of it. */
  ttlMs?: number;
}

export type AcquireOutcome = { taken: true; lease: Lease; count: number } | { taken: false; count: number };

export interface Lease {
  readonly id: string;
  /** Give the slot back (best effort: if Redis is away, the lease expires on its own). */
  release(): Promise<void>;
}

export interface LeaseSemaphore {
  /** Take a slot if one is free. Throws when Redis cannot be reached. */
  tryAcquire(): Promise<AcquireOutcome>;
  /** Live leases held by every process. Throws when Redis cannot be reached. */
  count(): Promise<number>;
  /** Leases held by this process. */
  held(): number;
  /** Stop renewing (leases held now expire on their own). */
  stop(): void;
}

export function createLeaseSemaphore(options: LeaseSemaphoreOptions): LeaseSemaphore {
  const { client, key, limit } = options;
  const ttl = options.ttlMs ?? 15_000;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a whole number above 0 (got ${limit})`);
  if (!Number.isInteger(ttl) || ttl < 100) throw new RangeError(`ttlMs must be at least 100 (got ${ttl})`);
  const mine = new Set<string>();
  let timer: NodeJS.Timeout | null = null;

  const renew = async () => {
    if (mine.size === 0) return;
    try {
      await client.eval(RENEW, 1, key, ttl, ...mine);
    } catch {
      // Redis away: the next renewal tries again; expired leases simply stop counting.
    }
  };
  const startRenewing = () => {
    if (timer) return;
    timer = setInterval(() => void renew(), Math.max(50, Math.floor(ttl / 3)));
    timer.unref();
  };
  const stopRenewingIfIdle = () => {
    if (mine.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };

  return {
    async tryAcquire() {
      const id = `${process.pid}-${randomBytes(6).toString('hex')}`;
      const [taken, count] = (await client.eval(ACQUIRE, 1, key, limit, ttl, id)) as [number, number];
      if (taken !== 1) return { taken: false, count };
      mine.add(id);
      startRenewing();
      let released = false;
      return {
        taken: true,
        count,
        lease: {
          id,
          async release() {
            if (released) return;
            released = true;
            mine.delete(id);
            stopRenewingIfIdle();
            try {
              await client.zrem(key, id);
            } catch {
              // The lease expires by itself.
            }
          },
        },
      };
    },
    async count() {
      return Number(await client.eval(COUNT, 1, key));
    },
    held: () => mine.size,
    stop() {
      mine.clear();
      stopRenewingIfIdle();
    },
  };
}
