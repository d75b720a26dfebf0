/**
 * Limits per agent and per location, against the machine's Redis with real agents (in this
 * process) and a real HTTP server on 127.0.0.1:
 *  - an agent's --max-per-minute: past it, it takes no more jobs; alone, the extra check gets no
 *    answer; with a second agent in the location, that one runs them;
 *  - the cap on a location's outstanding jobs: a flood answers "agents busy" for the location
 *    instead of growing the queue, in this process (exactly) and across bot processes (the
 *    queue's length in Redis).
 */
import { Queue, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { startAgent, type RunningAgent } from '../../src/agents/agent';
import { createAgentClient, type AgentClient } from '../../src/agents/client';
import { consensusOf } from '../../src/agents/consensus';
import { bullPrefix, queueName, type AgentReport, type CheckJobData } from '../../src/agents/protocol';
import { RateWindow } from '../../src/agents/rate-window';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { checkOptionsFromConfig } from '../../src/check-options';
import { consensusSentence, vantageTable } from '../../src/render/vantages';
import { runCli } from '../support/bot-process';
import { adminClient, deleteKeys, REDIS_URL, testPrefix } from '../support/redis';
import { statusServer, type TestHttpServer } from '../support/servers';

jest.setTimeout(60_000);

const log = createLogger({ level: 'silent' });
const checkOptions = checkOptionsFromConfig(loadConfig({ PROBE_ALLOW_PRIVATE: 'true' }));

describe('RateWindow (per-agent jobs per minute)', () => {
  it('allows max starts per window, then says how long until the oldest leaves it', () => {
    let now = 1_000_000;
    const w = new RateWindow(2, 60_000, () => now);
    expect(w.take()).toBe(0);
    now += 10_000;
    expect(w.take()).toBe(0);
    now += 5_000;
    expect(w.take()).toBe(45_000);
    expect(w.used).toBe(2);
    now += 45_000;
    expect(w.take()).toBe(0); // the first start left the window
    expect(w.take()).toBe(10_000);
  });

  it('refuses a limit that is not a whole number ≥ 1', () => {
    expect(() => new RateWindow(0)).toThrow(/whole number/);
    expect(() => new RateWindow(1.5)).toThrow(/whole number/);
  });
});

describe('agent and location limits (Redis on 127.0.0.1:6379)', () => {
  let admin: Redis;
  let prefix: string;
  let target: TestHttpServer;
  const agents: RunningAgent[] = [];
  const clients: AgentClient[] = [];
  const queues: Queue[] = [];

  beforeAll(async () => {
    admin = await adminClient();
    target = await statusServer(200, 'ok');
  });
  beforeEach(() => {
    prefix = testPrefix('agent-limits');
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.close();
    for (const a of agents.splice(0)) await a.stop();
    for (const q of queues.splice(0)) await q.close();
    await deleteKeys(admin, prefix);
  });
  afterAll(async () => {
    await target.close();
    await admin.quit();
  });

  const agent = async (location: string, maxPerMinute?: number) => {
    const a = await startAgent({ redisUrl: REDIS_URL, prefix, location, concurrency: 4, maxPerMinute, checkOptions, version: 'test', log, heartbeatMs: 60_000 });
    agents.push(a);
    return a;
  };
  const client = (maxQueuedPerLocation?: number) => {
    const c = createAgentClient({ redisUrl: REDIS_URL, prefix, log, maxQueuedPerLocation });
    clients.push(c);
    return c;
  };
  const queue = (location: string) => {
    const q = new Queue<CheckJobData, AgentReport>(queueName(location), { connection: { host: '127.0.0.1', port: 6379 }, prefix: bullPrefix(prefix) });
    queues.push(q);
    return q;
  };
  const ready = async (c: AgentClient) => {
    for (let i = 0; i < 100 && (await c.liveLocations().catch(() => [])).length === 0; i++) await new Promise((r) => setTimeout(r, 50));
  };
  /** Until the client's Redis connection is up (a fresh client answers "unavailable" before). */
  const connected = async (c: AgentClient) => {
    for (let i = 0; i < 100; i++) {
      if (await c.liveLocations().then(() => true, () => false)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const job = () => ({ input: `http://127.0.0.1:${target.port}/`, protocol: 'http' as const });

  it('an agent past --max-per-minute takes no more jobs: alone, the extra check gets no answer; a second agent of the location runs it', async () => {
    const limited = await agent('lim-1', 2);
    const c = client();
    await ready(c);
    const first = await Promise.all([1, 2, 3].map(() => c.checkFrom(['lim-1'], job(), 2500)));
    const statuses = first.map((rows) => rows[0]!.status).sort();
    expect(statuses).toEqual(['answered', 'answered', 'no-answer']);

    const other = await agent('lim-1');
    const second = await Promise.all([1, 2, 3].map(() => c.checkFrom(['lim-1'], job(), 5000)));
    expect(second.map((rows) => [rows[0]!.status, rows[0]!.verdict])).toEqual([
      ['answered', 'ok'],
      ['answered', 'ok'],
      ['answered', 'ok'],
    ]);
    const done = (await queue('lim-1').getCompleted(0, 50)) as Job<CheckJobData, AgentReport>[];
    const by = (id: string) => done.filter((j) => j.returnvalue?.agentId === id && j.returnvalue.result !== null).length;
    expect(by(limited.agentId)).toBe(2);
    expect(by(other.agentId)).toBe(3);
  });

  it('a flood from one bot process is capped per location: the rest answer "agents busy" and the queue never grows past the cap', async () => {
    const c = client(3);
    await connected(c);
    const q = queue('nobody-home');
    const flood = Promise.all(Array.from({ length: 10 }, () => c.checkFrom(['nobody-home'], job(), 1500)));
    let most = 0;
    const watch = setInterval(() => void q.count().then((n) => (most = Math.max(most, n))), 50);
    const rows = (await flood).map((r) => r[0]!);
    clearInterval(watch);
    expect(rows.filter((r) => r.status === 'busy')).toHaveLength(7);
    expect(rows.filter((r) => r.status === 'no-answer')).toHaveLength(3);
    expect(most).toBeLessThanOrEqual(3);
    const consensus = consensusOf(rows.slice(0, 1).concat(rows.filter((r) => r.status === 'busy').slice(0, 1)));
    expect(consensusSentence(consensus)).toMatch(/agents busy at nobody-home/);
    expect(vantageTable(rows.filter((r) => r.status === 'busy').slice(0, 1), true)).toContain('agents busy');
    // Late jobs are taken back: the queue is empty again, and the location takes jobs again.
    expect(await q.count()).toBe(0);
    const again = await c.checkFrom(['nobody-home'], job(), 300);
    expect(again[0]!.status).toBe('no-answer');
  });

  it("another bot process's queued jobs count too: a full location answers busy without sending a job", async () => {
    const q = queue('full-loc');
    for (let i = 0; i < 3; i++) await q.add('check', { ...job(), deadlineMs: 30_000, expiresAt: Date.now() + 30_000 });
    const c = client(3);
    await connected(c);
    const rows = await c.checkFrom(['full-loc'], job(), 5000);
    expect(rows[0]!.status).toBe('busy');
    expect(await q.count()).toBe(3);
    // Room again once the queue drains (an agent of the location runs the waiting jobs).
    await agent('full-loc');
    for (let i = 0; i < 100 && (await q.count()) > 0; i++) await new Promise((r) => setTimeout(r, 50));
    const after = await c.checkFrom(['full-loc'], job(), 5000);
    expect([after[0]!.status, after[0]!.verdict]).toEqual(['answered', 'ok']);
  });

  it('netmedic agent --max-per-minute: a bad value is a usage error; a good one is the agent\'s limit', async () => {
    const bad = runCli(['agent', '--location', 'cli-1', '--max-per-minute', '0'], { REDIS_URL, REDIS_KEY_PREFIX: prefix });
    expect(await bad.exited).toBe(2);
    expect(bad.stderr()).toMatch(/--max-per-minute takes a whole number 1–100000, got "0"/);
    const good = runCli(['agent', '--location', 'cli-1', '--max-per-minute', '7'], { REDIS_URL, REDIS_KEY_PREFIX: prefix, LOG_LEVEL: 'info' });
    try {
      await good.waitForOutput(/agent ready/, 30_000);
      const ready = good.stdout().split('\n').find((l) => l.includes('agent ready'))!;
      expect(JSON.parse(ready)).toMatchObject({ location: 'cli-1', maxPerMinute: 7 });
    } finally {
      good.child.kill('SIGTERM');
      await good.exited;
    }
  });
});
