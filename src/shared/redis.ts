/**
 * The optional Redis connection (REDIS_URL) that lets several bot processes, shards and `serve`
 * instances share their limits. Redis is a helper, never a single point of failure: commands fail
 * fast while it is away (no offline queue), callers fall back to local limits, and the connection
 * keeps retrying in the background. An outage is logged once, as one warning line, and the
 * recovery as one info line.
 */
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from 'pino';

export interface SharedRedisOptions {
  url: string;
  /** Every key this process writes starts with it (several installs can share one Redis). */
  prefix: string;
  log: Logger;
  /** Longest pause between reconnection attempts (ms, default 2000). */
  maxRetryDelayMs?: number;
  /** Connection attempt limit (ms, default 2000). */
  connectTimeoutMs?: number;
}

export interface SharedRedis {
  readonly client: Redis;
  readonly prefix: string;
  /** True while connected and ready for commands. */
  isReady(): boolean;
  /** Resolves once the first connection is ready, or false after `timeoutMs` (still retrying). */
  waitReady(timeoutMs: number): Promise<boolean>;
  /** Close the connection (no more retries). */
  close(): Promise<void>;
}

/** Shown instead of the URL in logs: the URL may carry a password. */
function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ''}`;
  } catch {
    return '(unparsable URL)';
  }
}

export function connectRedis(options: SharedRedisOptions): SharedRedis {
  const { log } = options;
  const where = describeUrl(options.url);
  const maxDelay = options.maxRetryDelayMs ?? 2000;
  const redisOptions: RedisOptions = {
    // Fail fast while disconnected: limits fall back to local ones instead of waiting.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: options.connectTimeoutMs ?? 2000,
    retryStrategy: (times) => Math.min(50 * 2 ** Math.min(times, 6), maxDelay),
    lazyConnect: false,
  };
  const client = new Redis(options.url, redisOptions);

  let ready = false;
  let everReady = false;
  let warned = false;
  const readyWaiters = new Set<(ok: boolean) => void>();
  let closing: Promise<void> | undefined;

  const markDown = (reason: string, err?: unknown) => {
    ready = false;
    if (warned) return;
    warned = true;
    log.warn(
      { redis: where, reason, err: err instanceof Error ? { message: err.message, code: (err as NodeJS.ErrnoException).code } : undefined },
      'Redis unavailable: limits are local to this process until it is back',
    );
  };

  client.on('ready', () => {
    ready = true;
    if (warned) log.info({ redis: where }, 'Redis is back: limits are shared again');
    else if (!everReady) log.info({ redis: where }, 'Redis connected: limits are shared');
    warned = false;
    everReady = true;
    for (const w of readyWaiters) w(true);
    readyWaiters.clear();
  });
  // ioredis emits 'error' on every failed attempt; only the first one of an outage is logged.
  client.on('error', (err: unknown) => markDown('error', err));
  client.on('close', () => {
    if (ready || everReady) markDown('connection closed');
  });

  return {
    client,
    prefix: options.prefix,
    isReady: () => ready && client.status === 'ready',
    waitReady(timeoutMs) {
      if (ready) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const done = (ok: boolean) => {
          clearTimeout(timer);
          readyWaiters.delete(done);
          resolve(ok);
        };
        const timer = setTimeout(() => done(false), timeoutMs);
        readyWaiters.add(done);
      });
    },
    close() {
      // Once: a second close (the bot's stop, then the runtime's) must not disconnect again — on a
      // connection already ended, ioredis arms a 2 s timer that waits for a 'close' that came and
      // went, and the process cannot exit until it fires.
      closing ??= (async () => {
        for (const w of readyWaiters) w(false);
        readyWaiters.clear();
        client.removeAllListeners('close');
        await closeRedisClient(client);
      })();
      return closing;
    },
  };
}

/**
 * Closes an ioredis client and waits until it has ended: QUIT, or a disconnect when QUIT cannot be
 * sent. Safe on a client that has already ended (ioredis would otherwise arm a 2 s timer waiting
 * for a socket 'close' that already happened, keeping the process alive). Bounded: a client caught
 * between reconnect attempts may never say 'end'.
 */
export async function closeRedisClient(client: Redis): Promise<void> {
  if (client.status === 'end') return;
  const ended = new Promise<void>((resolve) => client.once('end', () => resolve()));
  try {
    await client.quit();
  } catch {
    client.disconnect();
  }
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([ended, new Promise<void>((resolve) => (timer = setTimeout(resolve, 1000).unref()))]);
  clearTimeout(timer);
}
