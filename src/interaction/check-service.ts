/**
 * The check service: the gate between the commands (Discord, console) and the probe engine.
 *
 * Three limits, applied in this order before any probing starts:
 *  1. per-user cooldown: one check per user every `userCooldownSeconds` (0 turns it off);
 *  2. per-guild rate: at most `guildPerMinute` checks per guild in a 60 s window (DMs and the
 *     console have no guild and skip this one);
 *  3. a global cap: at most `maxInFlight` checks probing at once, at most `maxQueue` more waiting
 *     their turn; anything beyond that is refused as `busy` with an estimate of when to come back.
 *
 * With `shared` (REDIS_URL), the same three limits hold across every process that uses the same
 * Redis and key prefix: the cooldown and guild rate live in Redis (rate-limiter-flexible), and the
 * cap is two lease semaphores (src/limits/lease-semaphore.ts): one for checks accepted (running or
 * waiting), one for checks running. The local limits keep applying underneath, so while Redis is
 * away each process falls back to exactly today's in-process limits, and picks the shared ones up
 * again when it returns.
 *
 * A request refused by a later limit does not use up an earlier one: a `busy` refusal does not start
 * the user's cooldown nor count against the guild, so "try again in N s" is honest.
 */
import Bottleneck from 'bottleneck';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';
import { createLeaseSemaphore, type Lease, type LeaseSemaphore } from '../limits/lease-semaphore';
import type { CheckAdmission, CheckRefusal, CheckRequest, CheckService } from './services';
import type { CheckResult, Protocol } from '../probe/types';

export type ServiceRunCheck = (
  input: string,
  protocol: Protocol,
  onProgress?: (partial: CheckResult) => void,
) => Promise<CheckResult>;

export interface CheckServiceOptions {
  runCheck: ServiceRunCheck;
  /** Checks probing at the same time, across all users and guilds (at least 1). */
  maxInFlight: number;
  /** Checks allowed to wait for a free slot; beyond this the request is refused as busy. */
  maxQueue: number;
  /** One check per user per this many seconds; 0 disables the cooldown. */
  userCooldownSeconds: number;
  /** Checks per guild per minute (at least 1). */
  guildPerMinute: number;
  /** Milliseconds clock used to time checks for the busy estimate. Defaults to Date.now. */
  now?: () => number;
  /**
   * Expected duration of one check before any has finished (ms), for the busy estimate.
   * Defaults to 5000; replaced by a moving average of real durations as checks complete.
   */
  initialCheckMs?: number;
  /** Share the limits with other processes through Redis. */
  shared?: SharedLimitsOptions;
}

export interface SharedLimitsOptions {
  /** An ioredis client created without an offline queue (src/shared/redis.ts), so calls fail fast. */
  client: Redis;
  /** Key prefix of this deployment (e.g. "netmedic:"). */
  prefix: string;
  /** Lease time to live: a crashed process's slots free themselves after this (default 15000 ms). */
  leaseTtlMs?: number;
  /** How often a check waiting for a shared slot asks again (default 100 ms). */
  pollMs?: number;
}

export interface CheckServiceStats {
  /** Checks currently inside runCheck. */
  inFlight: number;
  /** Accepted checks waiting for a slot. */
  queued: number;
  /** Highest `inFlight` seen since the service was created. */
  maxInFlightSeen: number;
  /** Moving average of finished checks' durations (ms). */
  averageCheckMs: number;
  completed: number;
  refused: Record<CheckRefusal['reason'], number>;
}

export interface ManagedCheckService extends CheckService {
  stats(): CheckServiceStats;
  /** Stop renewing shared leases (at shutdown). */
  close(): void;
}

/** Weight of the newest duration in the moving average. */
const AVERAGE_WEIGHT = 0.2;

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

function isLimiterRejection(value: unknown): value is RateLimiterRes {
  return value instanceof RateLimiterRes;
}

export function isCheckRefusal(value: CheckResult | CheckRefusal): value is CheckRefusal {
  return (value as CheckRefusal).refused === true;
}

function requirePositiveInt(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a whole number above 0 (got ${value})`);
}

function requireNonNegativeInt(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number, 0 or more (got ${value})`);
}

export function createCheckService(options: CheckServiceOptions): ManagedCheckService {
  requirePositiveInt('maxInFlight', options.maxInFlight);
  requireNonNegativeInt('maxQueue', options.maxQueue);
  requireNonNegativeInt('userCooldownSeconds', options.userCooldownSeconds);
  requirePositiveInt('guildPerMinute', options.guildPerMinute);

  const now = options.now ?? Date.now;
  const { maxInFlight, maxQueue, userCooldownSeconds, guildPerMinute, runCheck } = options;

  const shared = options.shared;
  // In Redis when shared, with the in-process limiter as rate-limiter-flexible's insurance: it
  // answers whenever Redis cannot.
  const limiter = (name: string, points: number, duration: number): RateLimiterAbstract => {
    const local = new RateLimiterMemory({ keyPrefix: name, points, duration });
    if (!shared) return local;
    return new RateLimiterRedis({
      storeClient: shared.client,
      keyPrefix: `${shared.prefix}${name}`,
      points,
      duration,
      insuranceLimiter: local,
      rejectIfRedisNotReady: true,
    });
  };
  const userLimiter = userCooldownSeconds > 0 ? limiter('user', 1, userCooldownSeconds) : null;
  const guildLimiter = limiter('guild', guildPerMinute, 60);
  const sharedAccepted: LeaseSemaphore | null = shared
    ? createLeaseSemaphore({ client: shared.client, key: `${shared.prefix}checks:accepted`, limit: maxInFlight + maxQueue, ttlMs: shared.leaseTtlMs })
    : null;
  const sharedRunning: LeaseSemaphore | null = shared
    ? createLeaseSemaphore({ client: shared.client, key: `${shared.prefix}checks:running`, limit: maxInFlight, ttlMs: shared.leaseTtlMs })
    : null;
  const pollMs = shared?.pollMs ?? 100;

  // Bottleneck enforces the cap; its own overflow guard (highWater + OVERFLOW) is a backstop
  // behind the exact count kept below, which refuses synchronously without entering its queue.
  const slots = new Bottleneck({ maxConcurrent: maxInFlight, highWater: maxQueue, strategy: Bottleneck.strategy.OVERFLOW });

  let accepted = 0; // accepted and not yet settled (waiting + running)
  let inFlight = 0;
  let maxInFlightSeen = 0;
  let completed = 0;
  let averageMs = options.initialCheckMs ?? 5000;
  const refused: Record<CheckRefusal['reason'], number> = { cooldown: 0, 'guild-rate': 0, busy: 0 };

  /** `acceptedEverywhere`: the shared count, when Redis said the shared queue is full. */
  function busyRefusal(acceptedEverywhere = accepted): CheckRefusal {
    const running = Math.min(acceptedEverywhere, maxInFlight);
    const waiting = Math.max(0, acceptedEverywhere - running);
    // Everyone waiting, plus this request, has to get through `maxInFlight` slots, each check
    // taking about `averageMs`.
    const estimateMs = ((waiting + 1) * averageMs) / maxInFlight;
    const retryAfterSeconds = seconds(estimateMs);
    refused.busy += 1;
    return {
      refused: true,
      reason: 'busy',
      retryAfterSeconds,
      running,
      waiting,
    };
  }

  async function takeUser(userId: string): Promise<CheckRefusal | null> {
    if (!userLimiter) return null;
    try {
      await userLimiter.consume(userId);
      return null;
    } catch (err) {
      if (!isLimiterRejection(err)) throw err;
      const retryAfterSeconds = seconds(err.msBeforeNext);
      refused.cooldown += 1;
      return {
        refused: true,
        reason: 'cooldown',
        retryAfterSeconds,
        everySeconds: userCooldownSeconds,
      };
    }
  }

  async function takeGuild(guildId: string | null): Promise<CheckRefusal | null> {
    if (guildId === null) return null;
    try {
      await guildLimiter.consume(guildId);
      return null;
    } catch (err) {
      if (!isLimiterRejection(err)) throw err;
      const retryAfterSeconds = seconds(err.msBeforeNext);
      refused['guild-rate'] += 1;
      return {
        refused: true,
        reason: 'guild-rate',
        retryAfterSeconds,
        perMinute: guildPerMinute,
      };
    }
  }

  async function giveBack(request: CheckRequest, user: boolean, guild: boolean): Promise<void> {
    try {
      if (user && userLimiter) await userLimiter.delete(request.userId);
      if (guild && request.guildId !== null) await guildLimiter.reward(request.guildId, 1);
    } catch {
      // Redis went away in between: the window simply runs out.
    }
  }

  /** A shared "accepted" slot, null when Redis refuses (full), undefined when Redis is away. */
  async function takeSharedAccepted(): Promise<{ lease: Lease } | { full: number } | undefined> {
    if (!sharedAccepted) return undefined;
    try {
      const outcome = await sharedAccepted.tryAcquire();
      return outcome.taken ? { lease: outcome.lease } : { full: outcome.count };
    } catch {
      return undefined;
    }
  }

  /** Waits for a shared running slot; resolves null (run on local limits) when Redis is away. */
  async function takeSharedRunning(): Promise<Lease | null> {
    if (!sharedRunning) return null;
    for (;;) {
      try {
        const outcome = await sharedRunning.tryAcquire();
        if (outcome.taken) return outcome.lease;
      } catch {
        return null;
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs * (0.5 + Math.random())));
    }
  }

  async function timed<T>(job: () => Promise<T>): Promise<T> {
    inFlight += 1;
    if (inFlight > maxInFlightSeen) maxInFlightSeen = inFlight;
    const started = now();
    try {
      return await job();
    } finally {
      inFlight -= 1;
      const took = Math.max(0, now() - started);
      averageMs = completed === 0 && options.initialCheckMs === undefined ? took : averageMs + AVERAGE_WEIGHT * (took - averageMs);
      completed += 1;
    }
  }

  async function admit(request: CheckRequest): Promise<CheckRefusal | CheckAdmission> {
    const cooldown = await takeUser(request.userId);
    if (cooldown) return cooldown;
    const guildRate = await takeGuild(request.guildId);
    if (guildRate) {
      await giveBack(request, true, false);
      return guildRate;
    }
    // No await between this test and the increment: the count is exact.
    if (accepted >= maxInFlight + maxQueue) {
      const refusal = busyRefusal();
      await giveBack(request, true, true);
      return refusal;
    }
    accepted += 1;
    let released = false;
    let sharedLease: Lease | null = null;
    const release = (): void => {
      if (!released) {
        released = true;
        accepted -= 1;
        void sharedLease?.release();
      }
    };
    const sharedSlot = await takeSharedAccepted();
    if (sharedSlot && 'full' in sharedSlot) {
      release();
      const refusal = busyRefusal(sharedSlot.full);
      await giveBack(request, true, true);
      return refusal;
    }
    if (sharedSlot) sharedLease = sharedSlot.lease;
    let used = false;
    async function inSlot<T>(job: () => Promise<T>): Promise<T | CheckRefusal> {
      if (used || released) throw new Error('this check admission was already used or cancelled');
      used = true;
      let started = false;
      try {
        return await slots.schedule(async () => {
          started = true;
          const lease = await takeSharedRunning();
          try {
            return await timed(job);
          } finally {
            void lease?.release();
          }
        });
      } catch (err) {
        // Dropped by bottleneck's overflow guard (never started): same answer as a full queue.
        if (!started && err instanceof Bottleneck.BottleneckError) {
          release();
          const refusal = busyRefusal();
          await giveBack(request, true, true);
          return refusal;
        }
        throw err;
      } finally {
        release();
      }
    }
    return {
      refused: false,
      cancel: release,
      run: (onProgress) => inSlot(() => runCheck(request.input, request.protocol, onProgress)),
      runJob: (job) => inSlot(job),
    };
  }

  async function run(request: CheckRequest, onProgress?: (partial: CheckResult) => void): Promise<CheckResult | CheckRefusal> {
    const admission = await admit(request);
    return admission.refused ? admission : admission.run(onProgress);
  }

  function stats(): CheckServiceStats {
    return {
      inFlight,
      queued: Math.max(0, accepted - inFlight),
      maxInFlightSeen,
      averageCheckMs: Math.round(averageMs),
      completed,
      refused: { ...refused },
    };
  }

  function close(): void {
    sharedAccepted?.stop();
    sharedRunning?.stop();
  }

  return { admit, run, stats, close };
}
