/**
 * Shared limits through the machine's real Redis: two check services stand for two bot processes
 * (or shards, or `serve` instances) with their own Redis connections and the same key prefix.
 * A TCP proxy in front of Redis is cut to simulate an outage without stopping the real server.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Redis } from 'ioredis';
import { createLeaseSemaphore } from '../../src/limits/lease-semaphore';
import { createLogger } from '../../src/logger';
import { createCheckService, isCheckRefusal, type ManagedCheckService, type ServiceRunCheck } from '../../src/interaction/check-service';
import type { CheckRefusal, CheckRequest } from '../../src/interaction/services';
import type { CheckResult } from '../../src/probe/types';
import { connectRedis, type SharedRedis } from '../../src/shared/redis';
import { adminClient, deleteKeys, REDIS_HOST, REDIS_PORT, REDIS_URL, testPrefix } from '../support/redis';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';

const ROOT = join(__dirname, '..', '..');

function result(input: string): CheckResult {
  return { target: null, verdict: 'ok', article: null, facts: { verdict: 'invalid', problem: { code: 'unknown', shown: input } }, stages: [], addresses: [], alternatives: [], notes: [], ms: 1 };
}

/** A runCheck shared by several services: calls stay open until the test finishes them. */
function controlledRunCheck() {
  const running: { input: string; finish(): void }[] = [];
  const state = { started: 0, max: 0 };
  const runCheck: ServiceRunCheck = (input) =>
    new Promise<CheckResult>((resolve) => {
      state.started += 1;
      const entry = {
        input,
        finish: () => {
          running.splice(running.indexOf(entry), 1);
          resolve(result(input));
        },
      };
      running.push(entry);
      state.max = Math.max(state.max, running.length);
    });
  return { runCheck, running, state };
}

const instantRunCheck: ServiceRunCheck = async (input) => result(input);

function req(userId: string, guildId: string | null = 'g1'): CheckRequest {
  return { input: `host-${userId}:80`, protocol: 'tcp', userId, guildId };
}

function refusalOf(value: CheckResult | CheckRefusal): CheckRefusal | null {
  return isCheckRefusal(value) ? value : null;
}

async function waitFor(condition: () => boolean | Promise<boolean>, what: string, limitMs = 8000): Promise<void> {
  const deadline = performance.now() + limitMs;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, log: createLogger({ level: 'info', format: 'json', destination }) };
}

let admin: Redis;
let prefix: string;
const opened: SharedRedis[] = [];
const services: ManagedCheckService[] = [];
const proxies: TcpProxy[] = [];

async function shared(url = REDIS_URL, log = capturedLogger().log): Promise<SharedRedis> {
  const redis = connectRedis({ url, prefix, log, maxRetryDelayMs: 100 });
  opened.push(redis);
  await redis.waitReady(5000);
  return redis;
}

function service(redis: SharedRedis, runCheck: ServiceRunCheck, limits: Partial<{ maxInFlight: number; maxQueue: number; userCooldownSeconds: number; guildPerMinute: number }> = {}) {
  const s = createCheckService({
    runCheck,
    maxInFlight: limits.maxInFlight ?? 4,
    maxQueue: limits.maxQueue ?? 8,
    userCooldownSeconds: limits.userCooldownSeconds ?? 0,
    guildPerMinute: limits.guildPerMinute ?? 1000,
    shared: { client: redis.client, prefix: redis.prefix, leaseTtlMs: 1500, pollMs: 20 },
  });
  services.push(s);
  return s;
}

beforeAll(async () => {
  admin = await adminClient();
});

beforeEach(() => {
  prefix = testPrefix('limits');
});

afterEach(async () => {
  for (const s of services.splice(0)) s.close();
  await Promise.all(opened.splice(0).map((r) => r.close()));
  await Promise.all(proxies.splice(0).map((p) => p.close()));
  await deleteKeys(admin, prefix);
});

afterAll(async () => {
  await admin.quit();
});

describe('shared limits: two processes, one Redis', () => {
  it('share one user cooldown: a check on A starts the cooldown on B', async () => {
    const a = service(await shared(), instantRunCheck, { userCooldownSeconds: 30 });
    const b = service(await shared(), instantRunCheck, { userCooldownSeconds: 30 });
    expect(refusalOf(await a.run(req('alice')))).toBeNull();
    const onB = refusalOf(await b.run(req('alice')));
    expect(onB).toMatchObject({ reason: 'cooldown' });
    expect(onB!.retryAfterSeconds).toBeGreaterThan(20);
    // Another user is not affected, and the key lives under this run's prefix.
    expect(refusalOf(await b.run(req('bob')))).toBeNull();
    expect(await admin.exists(`${prefix}user:alice`)).toBe(1);
  });

  it('share one per-server rate', async () => {
    const a = service(await shared(), instantRunCheck, { guildPerMinute: 3 });
    const b = service(await shared(), instantRunCheck, { guildPerMinute: 3 });
    expect(refusalOf(await a.run(req('u1', 'guild-x')))).toBeNull();
    expect(refusalOf(await b.run(req('u2', 'guild-x')))).toBeNull();
    expect(refusalOf(await a.run(req('u3', 'guild-x')))).toBeNull();
    expect(refusalOf(await b.run(req('u4', 'guild-x')))).toMatchObject({ reason: 'guild-rate' });
    expect(refusalOf(await a.run(req('u5', 'guild-x')))).toMatchObject({ reason: 'guild-rate' });
    expect(refusalOf(await a.run(req('u6', 'guild-y')))).toBeNull();
  });

  it('share one in-flight cap: never more than maxInFlight running across both, the rest run afterwards', async () => {
    const fake = controlledRunCheck();
    const a = service(await shared(), fake.runCheck, { maxInFlight: 2, maxQueue: 10 });
    const b = service(await shared(), fake.runCheck, { maxInFlight: 2, maxQueue: 10 });
    const answers = [0, 1, 2].flatMap((i) => [a.run(req(`a${i}`)), b.run(req(`b${i}`))]);
    await waitFor(() => fake.running.length === 2, '2 running');
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.running).toHaveLength(2);
    for (let done = 1; done <= 6; done += 1) {
      fake.running[0]!.finish();
      const expected = Math.min(2, 6 - done);
      await waitFor(() => fake.running.length === expected, `${expected} running after ${done} finished`);
    }
    const outcomes = await Promise.all(answers);
    expect(outcomes.filter((o) => !isCheckRefusal(o))).toHaveLength(6);
    expect(fake.state.max).toBe(2);
    expect(await admin.zcard(`${prefix}checks:running`)).toBe(0);
  });

  it('share one queue bound: beyond maxInFlight + maxQueue everywhere, the next is refused as busy', async () => {
    const fake = controlledRunCheck();
    const a = service(await shared(), fake.runCheck, { maxInFlight: 1, maxQueue: 1 });
    const b = service(await shared(), fake.runCheck, { maxInFlight: 1, maxQueue: 1 });
    const first = a.run(req('u1'));
    await waitFor(() => fake.running.length === 1, 'one running');
    const second = b.run(req('u2')); // waits for the one shared slot
    await waitFor(async () => (await admin.zcard(`${prefix}checks:accepted`)) === 2, 'two accepted');
    const third = refusalOf(await b.run(req('u3')));
    expect(third).toMatchObject({ reason: 'busy' });
    expect(third).toMatchObject({ running: 1, waiting: 1 });
    expect(fake.running).toHaveLength(1);
    fake.running[0]!.finish();
    await waitFor(() => fake.running.length === 1 && fake.running[0]!.input === 'host-u2:80', 'the waiting one runs');
    fake.running[0]!.finish();
    await Promise.all([first, second]);
  });
});

describe('lease semaphore', () => {
  it('a live holder keeps its slot past the TTL (renewed); a killed process frees its slots when the leases expire', async () => {
    const redis = await shared();
    const key = `${prefix}sem`;
    const here = createLeaseSemaphore({ client: redis.client, key, limit: 3, ttlMs: 300 });
    const held = await here.tryAcquire();
    expect(held.taken).toBe(true);
    await new Promise((r) => setTimeout(r, 900));
    expect(await here.count()).toBe(1);

    // Another process takes the two other slots, then is killed without releasing them.
    const script = `
      const { Redis } = require('ioredis');
      const { createLeaseSemaphore } = require(${JSON.stringify(join(ROOT, 'dist', 'src', 'limits', 'lease-semaphore.js'))});
      const client = new Redis(${JSON.stringify(REDIS_URL)});
      const sem = createLeaseSemaphore({ client, key: ${JSON.stringify(key)}, limit: 3, ttlMs: 800 });
      (async () => { await sem.tryAcquire(); await sem.tryAcquire(); process.stdout.write('held\\n'); setInterval(() => {}, 1000); })();`;
    const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('held') && resolve());
      child.once('exit', (code) => reject(new Error(`holder exited early (${code})`)));
    });
    expect(await here.tryAcquire()).toMatchObject({ taken: false, count: 3 });
    // Still held while the child lives (it renews).
    await new Promise((r) => setTimeout(r, 1000));
    expect(await here.count()).toBe(3);
    child.kill('SIGKILL');
    await waitFor(async () => (await here.count()) === 1, 'the killed process’s leases to expire', 5000);
    const again = await here.tryAcquire();
    expect(again.taken).toBe(true);
    if (held.taken) await held.lease.release();
    if (again.taken) await again.lease.release();
    expect(await here.count()).toBe(0);
    here.stop();
  });
});

describe('Redis goes away during a burst', () => {
  it('no crash, one warning line, local limits meanwhile, shared limits again when it is back', async () => {
    const proxy = await startTcpProxy({ targetHost: REDIS_HOST, targetPort: REDIS_PORT });
    proxies.push(proxy);
    const { lines, log } = capturedLogger();
    const viaProxy = await shared(proxy.url('redis'), log);
    expect(viaProxy.isReady()).toBe(true);
    const fake = controlledRunCheck();
    const a = service(viaProxy, fake.runCheck, { maxInFlight: 2, maxQueue: 30, userCooldownSeconds: 30 });
    const direct = service(await shared(), instantRunCheck, { maxInFlight: 2, maxQueue: 30, userCooldownSeconds: 30 });

    // A burst of 12 checks; Redis is cut while they are queued and running.
    const burst = Array.from({ length: 12 }, (_, i) => a.run(req(`burst${i}`)));
    await waitFor(() => fake.running.length === 2, 'two running');
    proxy.cut();
    const finisher = setInterval(() => fake.running[0]?.finish(), 15);
    const outcomes = await Promise.all(burst);
    clearInterval(finisher);
    expect(outcomes.filter((o) => !isCheckRefusal(o))).toHaveLength(12);
    // The local cap held throughout.
    expect(fake.state.max).toBeLessThanOrEqual(2);
    expect(viaProxy.isReady()).toBe(false);

    // Local limits during the outage: the cooldown still applies inside this process.
    const finisherOutage = setInterval(() => fake.running[0]?.finish(), 5);
    expect(refusalOf(await a.run(req('carol')))).toBeNull();
    expect(refusalOf(await a.run(req('carol')))).toMatchObject({ reason: 'cooldown' });
    clearInterval(finisherOutage);
    // …but it is not shared: the other process never heard of carol.
    expect(refusalOf(await direct.run(req('carol')))).toBeNull();

    const warnings = lines.filter((l) => l.level === 40);
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0]!.msg)).toMatch(/Redis unavailable/);

    proxy.restore();
    await waitFor(() => viaProxy.isReady(), 'reconnection');
    expect(lines.some((l) => /Redis is back/.test(String(l.msg)))).toBe(true);
    expect(lines.filter((l) => l.level === 40)).toHaveLength(1);

    // Shared again: dave's check on the reconnected process starts his cooldown everywhere.
    const finisherAfter = setInterval(() => fake.running[0]?.finish(), 5);
    expect(refusalOf(await a.run(req('dave')))).toBeNull();
    clearInterval(finisherAfter);
    expect(refusalOf(await direct.run(req('dave')))).toMatchObject({ reason: 'cooldown' });
  });

  it('starts with Redis unreachable: local limits, one warning, then shared once Redis appears', async () => {
    const proxy = await startTcpProxy({ targetHost: REDIS_HOST, targetPort: REDIS_PORT });
    proxies.push(proxy);
    proxy.cut();
    const { lines, log } = capturedLogger();
    const redis = connectRedis({ url: proxy.url('redis'), prefix, log, maxRetryDelayMs: 100 });
    opened.push(redis);
    expect(await redis.waitReady(300)).toBe(false);
    const a = service(redis, instantRunCheck, { userCooldownSeconds: 30 });
    expect(refusalOf(await a.run(req('erin')))).toBeNull();
    expect(refusalOf(await a.run(req('erin')))).toMatchObject({ reason: 'cooldown' });
    await new Promise((r) => setTimeout(r, 400)); // several failed reconnection attempts
    expect(lines.filter((l) => l.level === 40)).toHaveLength(1);
    proxy.restore();
    expect(await redis.waitReady(5000)).toBe(true);
    const b = service(await shared(), instantRunCheck, { userCooldownSeconds: 30 });
    expect(refusalOf(await a.run(req('frank')))).toBeNull();
    expect(refusalOf(await b.run(req('frank')))).toMatchObject({ reason: 'cooldown' });
  });
});
