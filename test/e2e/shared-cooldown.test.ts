/**
 * Four real netmedic processes share one user's cooldown through the machine's Redis: two
 * `netmedic serve` instances (HTTP interactions, as behind a load balancer) and a
 * `netmedic start --shards 2` (two gateway shard processes). A check admitted by any of them
 * puts the user on cooldown on all the others. The shards also expose /metrics (METRICS_PORT + N).
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import net from 'node:net';
import type { Redis } from 'ioredis';
import { runCli, type RunningProcess } from '../support/bot-process';
import { startFakeDiscord, type CallbackRecord, type FakeDiscord, type UserInput } from '../support/discord';
import { isEphemeral } from '../support/replies';
import { adminClient, deleteKeys, REDIS_URL, testPrefix } from '../support/redis';
import { statusServer, type TestHttpServer } from '../support/servers';

jest.setTimeout(90_000);

function keyPair(): { privateKey: KeyObject; publicHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicHex: Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex') };
}

/** Two consecutive free ports (shard 0 and shard 1 metrics). */
async function freePortPair(): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<boolean>((resolve) => {
      const s = net.createServer();
      s.once('error', () => resolve(false));
      s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
  for (let i = 0; i < 20; i += 1) {
    const base = 20000 + Math.floor(Math.random() * 30000);
    if ((await tryListen(base)) && (await tryListen(base + 1))) return base;
  }
  throw new Error('no two consecutive free ports');
}

describe('one cooldown across two serve instances and two gateway shards (Redis)', () => {
  const keys = keyPair();
  let fake: FakeDiscord;
  let admin: Redis;
  let prefix: string;
  let target: TestHttpServer;
  const processes: RunningProcess[] = [];

  beforeAll(async () => {
    admin = await adminClient();
    prefix = testPrefix('cooldown');
    fake = await startFakeDiscord();
    target = await statusServer(200, 'ok');
  });

  afterAll(async () => {
    for (const p of processes) if (p.child.exitCode === null) p.child.kill('SIGTERM');
    await Promise.all(processes.map((p) => p.exited));
    await fake?.close();
    await target?.close();
    await deleteKeys(admin, prefix);
    await admin.quit();
  });

  it('a check admitted anywhere starts the cooldown everywhere', async () => {
    const metricsPort = await freePortPair();
    const env = {
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE: fake.apiBase,
      DISCORD_PUBLIC_KEY: keys.publicHex,
      REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      PROBE_ALLOW_PRIVATE: 'true',
      PROBE_USER_COOLDOWN_SECONDS: '60',
      LOG_LEVEL: 'info',
    };
    const deploy = runCli(['deploy', '--guild', fake.guildId], env);
    expect(await deploy.exited).toBe(0);

    const serveA = runCli(['serve', '--port', '0', '--host', '127.0.0.1'], env);
    const serveB = runCli(['serve', '--port', '0', '--host', '127.0.0.1'], env);
    const shards = runCli(['start', '--shards', '2'], { ...env, METRICS_PORT: String(metricsPort) });
    processes.push(serveA, serveB, shards);
    await serveA.waitForOutput(/listening on \d+/, 30_000);
    await serveB.waitForOutput(/listening on \d+/, 30_000);
    const portOf = (p: RunningProcess) => Number(/listening on (\d+)/.exec(p.stdout())![1]);
    await fake.waitFor(() => fake.identifies.length >= 2 && (shards.stdout().match(/logged in/g) ?? []).length >= 2, 60_000, 'both shards logged in');

    const target1 = { target: `http://127.0.0.1:${target.port}/` };
    const viaServe = async (port: number, user: UserInput): Promise<CallbackRecord> => {
      fake.setInteractionsEndpoint(`http://127.0.0.1:${port}/interactions`, keys.privateKey);
      const handle = fake.sendChatInput('check', target1, { user });
      fake.setInteractionsEndpoint(null);
      return handle.waitForCallback(10_000);
    };
    const viaShard = (shard: number, user: UserInput): Promise<CallbackRecord> => fake.sendChatInput('check', target1, { user, shard }).waitForCallback(10_000);
    const admitted = (cb: CallbackRecord) => cb.type === 5;
    const cooled = (cb: CallbackRecord) => cb.type === 4 && isEphemeral(cb.data) && /one check every 60 s/.test(String(cb.data.content));

    const ann: UserInput = { id: '160000000000000001', username: 'ann' };
    expect(admitted(await viaServe(portOf(serveA), ann))).toBe(true);
    expect(cooled(await viaServe(portOf(serveB), ann))).toBe(true);
    expect(cooled(await viaShard(0, ann))).toBe(true);
    expect(cooled(await viaShard(1, ann))).toBe(true);

    const ben: UserInput = { id: '160000000000000002', username: 'ben' };
    expect(admitted(await viaShard(1, ben))).toBe(true);
    expect(cooled(await viaShard(0, ben))).toBe(true);
    expect(cooled(await viaServe(portOf(serveA), ben))).toBe(true);
    expect(cooled(await viaServe(portOf(serveB), ben))).toBe(true);

    // The cooldown lives in Redis under this run's prefix.
    expect(await admin.exists(`${prefix}user:${ann.id}`, `${prefix}user:${ben.id}`)).toBe(2);

    // Each shard serves its own /metrics on METRICS_PORT + shard id; shard 1 answered ann (cooldown) and ben (admitted).
    const shard1 = await (await fetch(`http://127.0.0.1:${metricsPort + 1}/metrics`)).text();
    expect(shard1).toMatch(/^netmedic_interactions_total\{kind="chatInput",command="check",outcome="ok"\} [1-9]\d*$/m);
    const shard0 = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(shard0.status).toBe(200);
  });
});
