/**
 * The bot's side of probe agents: which locations are alive (heartbeats), and running one check
 * from several locations through their BullMQ queues within a deadline. Jobs carry only the
 * credential-free target (protocol.ts jobInputFor). Nothing here throws for an unreachable Redis:
 * the locations answer "agents unavailable".
 */
import { randomUUID } from 'node:crypto';
import { Job, Queue, QueueEvents, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { closeRedisClient } from '../shared/redis';
import type { Logger } from 'pino';
import type { Protocol } from '../probe/types';
import { connectTime, type Vantage } from './consensus';
import { bullPrefix, heartbeatKeys, LIVE_WINDOW_MS, queueName, type AgentReport, type CheckJobData, type Heartbeat } from './protocol';

export interface LocationInfo {
  location: string;
  agents: number;
  versions: string[];
  /** Jobs running now / slots, over the location's agents. */
  active: number;
  concurrency: number;
  /** Newest heartbeat (epoch ms). */
  seenAt: number;
}

export interface AgentClient {
  /** Locations with an agent heard from in the last minute. Throws when Redis cannot be reached. */
  liveLocations(): Promise<LocationInfo[]>;
  /**
   * Runs one check at each location; `onVantage` is called as each answers. Resolves by the
   * deadline with every location: answered, no answer (late or dead agent) or unavailable.
   */
  checkFrom(locations: string[], job: { input: string; protocol: Protocol }, deadlineMs: number, onVantage?: (v: Vantage) => void): Promise<Vantage[]>;
  close(): Promise<void>;
}

export interface AgentClientOptions {
  redisUrl: string;
  prefix: string;
  log: Logger;
  /**
   * Jobs one location may have outstanding (waiting or running) before a check answers "agents
   * busy" for it without sending the job (default 100): a flood cannot grow Redis without bound.
   */
  maxQueuedPerLocation?: number;
  /** Where one answered job's time went (benchmarks, metrics). */
  onTiming?(timing: JobTiming): void;
}

/** One answered job's time, split by hop (ms; the agent's clock for its own part). */
export interface JobTiming {
  location: string;
  /** queue.add until it returned. */
  addMs: number;
  /** Added until an agent's processor started it. */
  queuedMs: number;
  /** In the agent's processor, beyond the check's own time. */
  agentExtraMs: number;
  /** The processor returned until the bot had the answer. */
  deliveryMs: number;
  /** The whole round trip, as seen by the bot. */
  totalMs: number;
}

/** ioredis options from a redis:// URL, for the blocking connections BullMQ opens itself. */
export function redisOptionsFromUrl(url: string): ConnectionOptions {
  const u = new URL(url);
  const db = Number(u.pathname.replace(/^\//, '') || 0);
  return {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: Number(u.port || 6379),
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: Number.isInteger(db) ? db : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}

export function summarise(beats: Heartbeat[], now: number): LocationInfo[] {
  const byLocation = new Map<string, LocationInfo>();
  for (const b of beats) {
    if (now - b.seenAt > LIVE_WINDOW_MS) continue;
    const info = byLocation.get(b.location) ?? { location: b.location, agents: 0, versions: [], active: 0, concurrency: 0, seenAt: 0 };
    info.agents += 1;
    if (!info.versions.includes(b.version)) info.versions.push(b.version);
    info.active += b.active;
    info.concurrency += b.concurrency;
    info.seenAt = Math.max(info.seenAt, b.seenAt);
    byLocation.set(b.location, info);
  }
  return [...byLocation.values()].sort((a, b) => a.location.localeCompare(b.location));
}

/** Default cap on a location's outstanding jobs (AgentClientOptions.maxQueuedPerLocation). */
export const DEFAULT_MAX_QUEUED_PER_LOCATION = 100;
/** How often (at most) the bot re-reads a location's queue length after adding to it (ms). */
const QUEUED_REFRESH_MS = 1000;

function missing(location: string, status: 'no-answer' | 'unavailable' | 'busy'): Vantage {
  return { location, status, verdict: null, article: null, stages: [], ms: null, connectMs: null };
}

export function createAgentClient(options: AgentClientOptions): AgentClient {
  const { log, prefix } = options;
  const main = new Redis(options.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, retryStrategy: (n) => Math.min(2000, 50 * 2 ** Math.min(n, 6)) });
  main.on('error', (err: Error) => log.debug({ err: { message: err.message } }, 'agents: redis connection error'));
  const queues = new Map<string, Queue<CheckJobData, AgentReport>>();
  const events = new Map<string, Promise<QueueEvents>>();
  const blocking = redisOptionsFromUrl(options.redisUrl);

  const queueFor = (location: string) => {
    let q = queues.get(location);
    if (!q) {
      q = new Queue<CheckJobData, AgentReport>(queueName(location), { connection: main, prefix: bullPrefix(prefix) });
      q.on('error', (err) => log.debug({ err: { message: err.message } }, 'agents: queue error'));
      queues.set(location, q);
    }
    return q;
  };
  // One listener per location's events; each waiting check registers its job id first.
  const waiters = new Map<string, (report: AgentReport | null) => void>();
  const settle = (jobId: string, report: AgentReport | null) => {
    const w = waiters.get(jobId);
    if (w) {
      waiters.delete(jobId);
      w(report);
    }
  };
  const parseReport = (value: unknown): AgentReport | null => {
    try {
      return (typeof value === 'string' ? JSON.parse(value) : value) as AgentReport;
    } catch {
      return null;
    }
  };
  const eventsFor = (location: string): Promise<QueueEvents> => {
    let e = events.get(location);
    if (!e) {
      const qe = new QueueEvents(queueName(location), { connection: blocking, prefix: bullPrefix(prefix) });
      qe.on('error', (err) => log.debug({ err: { message: err.message } }, 'agents: queue events error'));
      qe.on('completed', ({ jobId, returnvalue }) => settle(jobId, parseReport(returnvalue)));
      qe.on('failed', ({ jobId }) => settle(jobId, null));
      e = qe.waitUntilReady().then(() => qe);
      e.catch(() => events.delete(location));
      events.set(location, e);
    }
    return e;
  };

  /** The job's report if it finished, from Redis (covers an event missed while subscribing). */
  async function finishedReport(location: string, jobId: string): Promise<AgentReport | null | undefined> {
    const job = await Job.fromId<CheckJobData, AgentReport>(queueFor(location), jobId);
    if (!job) return undefined;
    if (job.finishedOn && job.returnvalue) return parseReport(job.returnvalue);
    return job.failedReason ? null : undefined;
  }

  const maxQueued = options.maxQueuedPerLocation ?? DEFAULT_MAX_QUEUED_PER_LOCATION;
  // The queue cap: this process's own outstanding jobs per location are counted exactly; the
  // queue's length in Redis (every bot process's jobs) is refreshed after each add, off the
  // answer's path, and read again (awaited) only when it was last seen full or never seen.
  const outstanding = new Map<string, number>();
  const lastQueued = new Map<string, number>();
  const refreshedAt = new Map<string, number>();
  const refreshQueued = async (location: string): Promise<number> => {
    refreshedAt.set(location, Date.now());
    const n = await queueFor(location).count();
    lastQueued.set(location, n);
    return n;
  };
  /** After an add: re-read the queue's length at most every REFRESH_MS per location (a reply less to wake for). */
  const maybeRefresh = (location: string) => {
    if (Date.now() - (refreshedAt.get(location) ?? 0) >= QUEUED_REFRESH_MS) void refreshQueued(location).catch(() => undefined);
  };
  /** Whether the location's queue in Redis (all bot processes) has room; a failed read says yes (the add then reports why). */
  async function queueHasRoom(location: string): Promise<boolean> {
    const known = lastQueued.get(location);
    if (known !== undefined && known < maxQueued) return true;
    return refreshQueued(location).then(
      (n) => n < maxQueued,
      () => true,
    );
  }
  const busy = (location: string): Vantage => {
    log.warn({ location, maxQueued }, 'agents busy: the location queue is full; job not sent');
    return missing(location, 'busy');
  };

  async function one(location: string, data: CheckJobData, deadlineAt: number): Promise<Vantage> {
    // Reserve a place synchronously, so concurrent checks in this process never exceed the cap.
    const mine = (outstanding.get(location) ?? 0) + 1;
    if (mine > maxQueued) return busy(location);
    outstanding.set(location, mine);
    try {
      if (!(await queueHasRoom(location))) return busy(location);
      return await sendAndWait(location, data, deadlineAt);
    } finally {
      outstanding.set(location, (outstanding.get(location) ?? 1) - 1);
    }
  }

  async function sendAndWait(location: string, data: CheckJobData, deadlineAt: number): Promise<Vantage> {
    const started = Date.now();
    const jobId = randomUUID();
    let lateTimer: NodeJS.Timeout | undefined;
    let pollTimer: NodeJS.Timeout | undefined;
    const answer = new Promise<AgentReport | null | 'late'>((resolve) => {
      waiters.set(jobId, resolve);
      lateTimer = setTimeout(() => resolve('late'), Math.max(1, deadlineAt - Date.now()));
    });
    try {
      await eventsFor(location);
      const addStart = Date.now();
      const job = await queueFor(location).add('check', data, { jobId, attempts: 1, removeOnComplete: { age: 120 }, removeOnFail: { age: 120 } });
      const addedAt = Date.now();
      maybeRefresh(location);
      const poll = () => {
        pollTimer = setTimeout(() => {
          finishedReport(location, jobId)
            .then((r) => (r === undefined ? poll() : settle(jobId, r)))
            .catch(() => poll());
        }, 500);
      };
      poll();
      const outcome = await answer;
      if (outcome === 'late') {
        // Nobody waits any more: take the job back if no agent has started it.
        await job.remove().catch(() => undefined);
        return missing(location, 'no-answer');
      }
      if (!outcome?.result) return missing(location, 'no-answer');
      const r = outcome.result;
      const receivedAt = Date.now();
      if (options.onTiming && outcome.pickedAt !== undefined && outcome.doneAt !== undefined) {
        options.onTiming({ location, addMs: addedAt - addStart, queuedMs: outcome.pickedAt - addStart, agentExtraMs: outcome.doneAt - outcome.pickedAt - r.ms, deliveryMs: receivedAt - outcome.doneAt, totalMs: receivedAt - started });
      }
      log.debug({ location, verdict: r.verdict, ms: Date.now() - started }, 'agent answered');
      return { location, status: 'answered', verdict: r.verdict, article: r.article, stages: r.stages, ms: r.ms, connectMs: connectTime(r.stages) };
    } catch (err) {
      log.debug({ location, err: { message: (err as Error).message } }, 'agent check failed');
      return missing(location, main.status === 'ready' ? 'no-answer' : 'unavailable');
    } finally {
      waiters.delete(jobId);
      clearTimeout(lateTimer);
      clearTimeout(pollTimer);
    }
  }

  return {
    async liveLocations() {
      if (main.status !== 'ready') throw new Error('agents unavailable: Redis cannot be reached');
      const keys = heartbeatKeys(prefix);
      const now = Date.now();
      // Forget agents silent for long (ten windows); list those heard from within the window.
      const stale = await main.zrangebyscore(keys.seen, '-inf', now - 10 * LIVE_WINDOW_MS);
      if (stale.length > 0) await main.multi().zrem(keys.seen, ...stale).hdel(keys.data, ...stale).exec();
      const ids = await main.zrangebyscore(keys.seen, now - LIVE_WINDOW_MS, '+inf');
      const beats: Heartbeat[] = [];
      if (ids.length > 0) {
        for (const value of await main.hmget(keys.data, ...ids)) {
          if (!value) continue;
          try {
            beats.push(JSON.parse(value) as Heartbeat);
          } catch {
            // Not ours: ignore.
          }
        }
      }
      return summarise(beats, Date.now());
    },
    async checkFrom(locations, job, deadlineMs, onVantage) {
      const deadlineAt = Date.now() + deadlineMs;
      if (main.status !== 'ready') {
        const all = locations.map((l) => missing(l, 'unavailable'));
        for (const v of all) onVantage?.(v);
        return all;
      }
      const data: CheckJobData = { input: job.input, protocol: job.protocol, deadlineMs, expiresAt: deadlineAt };
      return Promise.all(
        locations.map(async (location) => {
          const v = await one(location, data, deadlineAt);
          onVantage?.(v);
          return v;
        }),
      );
    },
    async close() {
      await Promise.all([...queues.values()].map((q) => q.close().catch(() => undefined)));
      await Promise.all([...events.values()].map((e) => e.then((qe) => qe.close()).catch(() => undefined)));
      await closeRedisClient(main);
    },
  };
}
