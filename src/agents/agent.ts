/**
 * `netmedic agent --location NAME`: runs the probe engine for check jobs taken from its
 * location's BullMQ queue, with its own limits and address policy (its own PROBE_* settings, and
 * never its own interface addresses), and reports the same result data as a local check. A
 * heartbeat in Redis says it is alive, with its version and load, for `netmedic agents` and the
 * `from:` autocomplete.
 */
import { randomBytes } from 'node:crypto';
import { hostname, networkInterfaces } from 'node:os';
import { DelayedError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { closeRedisClient } from '../shared/redis';
import type { Logger } from 'pino';
import { runCheck, type CheckOptions } from '../probe/check';
import { RateWindow } from './rate-window';
import { bullPrefix, heartbeatKeys, queueName, type AgentReport, type CheckJobData, type Heartbeat } from './protocol';

export interface AgentOptions {
  redisUrl: string;
  prefix: string;
  location: string;
  /** Jobs run at once by this agent (default 4). */
  concurrency?: number;
  /** Jobs this agent starts per minute at most (default 120); past it, it leaves them to the location's other agents. */
  maxPerMinute?: number;
  checkOptions: CheckOptions;
  version: string;
  log: Logger;
  /** Heartbeat period (default 10000 ms). */
  heartbeatMs?: number;
}

/** Default per-agent limit on jobs started per minute (`--max-per-minute`). */
export const DEFAULT_MAX_PER_MINUTE = 120;
/** A job put back past the limit waits this long, then any agent of the location may take it. */
const REQUEUE_DELAY_MS = 250;

export interface RunningAgent {
  agentId: string;
  stop(): Promise<void>;
}

/** Addresses of this machine's interfaces that are not loopback: an agent never probes itself. */
export function ownAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((i): i is NonNullable<typeof i> => Boolean(i) && !i!.internal)
    .map((i) => i.address.replace(/%.*$/, ''));
}

export async function startAgent(options: AgentOptions): Promise<RunningAgent> {
  const { location, log } = options;
  const agentId = `${hostname().slice(0, 32)}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const concurrency = options.concurrency ?? 4;
  const maxPerMinute = options.maxPerMinute ?? DEFAULT_MAX_PER_MINUTE;
  const rate = new RateWindow(maxPerMinute);
  let resumeTimer: NodeJS.Timeout | undefined;
  // BullMQ workers need blocking commands without a retry cap.
  const connection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  const beats = new Redis(options.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true });
  for (const c of [connection, beats]) c.on('error', (err: Error) => log.debug({ err: { message: err.message } }, 'redis connection error'));
  const checkOptions: CheckOptions = {
    ...options.checkOptions,
    policy: { ...options.checkOptions.policy, denyAddresses: [...(options.checkOptions.policy.denyAddresses ?? []), ...ownAddresses()] },
  };
  let active = 0;
  const startedAt = Date.now();
  const keys = heartbeatKeys(options.prefix);

  /**
   * Past the per-minute limit this worker stops taking jobs until the window frees a start; a job
   * it took meanwhile goes back to the queue (shortly delayed) for the location's other agents.
   */
  const overLimit = async (job: Job<CheckJobData>, token: string | undefined, waitMs: number): Promise<never> => {
    if (!resumeTimer) {
      log.warn({ maxPerMinute, resumeInMs: waitMs }, 'agent rate limit reached; not taking jobs until the window frees');
      void worker.pause(true);
      resumeTimer = setTimeout(() => {
        resumeTimer = undefined;
        void worker.resume();
      }, waitMs);
    }
    await job.moveToDelayed(Date.now() + REQUEUE_DELAY_MS, token);
    throw new DelayedError();
  };

  const processor = async (job: Job<CheckJobData>, token?: string): Promise<AgentReport> => {
    const data = job.data;
    const pickedAt = Date.now();
    if (Date.now() <= data.expiresAt) {
      const waitMs = rate.take();
      if (waitMs > 0) return overLimit(job, token, waitMs);
    }
    if (Date.now() > data.expiresAt) {
      log.info({ job: job.id }, 'check job expired before it started; skipped');
      return { location, agentId, version: options.version, result: null, pickedAt, doneAt: Date.now() };
    }
    active += 1;
    log.info({ job: job.id, protocol: data.protocol }, 'check job started');
    try {
      const remaining = Math.max(100, data.expiresAt - Date.now());
      const deadlineMs = Math.min(checkOptions.timeouts.deadlineMs, data.deadlineMs, remaining);
      const result = await runCheck(data.input, { ...checkOptions, protocol: data.protocol, timeouts: { ...checkOptions.timeouts, deadlineMs } });
      log.info({ job: job.id, verdict: result.verdict, ms: result.ms }, 'check job finished');
      return { location, agentId, version: options.version, result, pickedAt, doneAt: Date.now() };
    } finally {
      active -= 1;
    }
  };

  const worker = new Worker<CheckJobData, AgentReport>(queueName(location), processor, {
    connection,
    prefix: bullPrefix(options.prefix),
    concurrency,
    // A job nobody waits for any more is not worth retrying.
    maxStalledCount: 0,
  });
  worker.on('error', (err) => log.warn({ err: { message: err.message } }, 'agent worker error'));

  const beat = async () => {
    const hb: Heartbeat = { location, agentId, version: options.version, active, concurrency, maxPerMinute, startedMinute: rate.used, startedAt, seenAt: Date.now() };
    try {
      await beats.multi().hset(keys.data, agentId, JSON.stringify(hb)).zadd(keys.seen, hb.seenAt, agentId).exec();
    } catch {
      // Redis away: the next beat tries again.
    }
  };
  await worker.waitUntilReady();
  await beats.connect().catch(() => undefined);
  await beat();
  const timer = setInterval(() => void beat(), options.heartbeatMs ?? 10_000);
  timer.unref();
  log.info({ location, agentId, concurrency, maxPerMinute }, 'agent ready');

  let stopping: Promise<void> | null = null;
  return {
    agentId,
    stop() {
      stopping ??= stopNow();
      return stopping;
    },
  };

  async function stopNow(): Promise<void> {
    clearInterval(timer);
    clearTimeout(resumeTimer);
    await worker.close();
    await beats.multi().hdel(keys.data, agentId).zrem(keys.seen, agentId).exec().catch(() => undefined);
    await closeRedisClient(beats);
    await closeRedisClient(connection);
  }
}
