/**
 * Probe agents on separate networks, for real: network namespaces created by this test, wired
 * through a "hub" namespace that holds the target server. Agent A's network reaches it; agent B's
 * network has an iptables rule (DROP, or REJECT) in front of some target ports; the bot — the
 * `netmedic check --from` CLI — runs in a third namespace. Redis (127.0.0.1:6379 on this machine)
 * is reached over a veth link through a TCP forwarder this test listens with on its own veth
 * address. Asserts each row and the combined conclusion, and that killing an agent in the middle
 * of a job still gives an answer by the deadline with that location "no answer".
 *
 * Needs root, ip and iptables (CI has them); elsewhere skipped with the reason.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { Netns, deleteStaleNamespaces, netnsSupport } from '../support/netns';
import { adminClient, deleteKeys, REDIS_HOST, REDIS_PORT, testPrefix } from '../support/redis';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';

jest.setTimeout(120_000);

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'netmedic.js');
const support = netnsSupport();
const maybe = support.ok ? describe : describe.skip;
if (!support.ok) console.warn(`probe agents in namespaces: skipped: ${support.reason}`);

/** A 10.x.0.0/16 that nothing on this machine routes. */
function freeSubnet(): string {
  const routes = spawnSync('ip', ['-4', 'route', 'show', 'table', 'all'], { encoding: 'utf8' }).stdout;
  for (let i = 0; i < 50; i += 1) {
    const second = 100 + ((process.pid + i * 7) % 150);
    if (!routes.includes(`10.${second}.`)) return `10.${second}`;
  }
  throw new Error('no free 10.x.0.0/16 for the test networks');
}

// Target ports (all on the hub): open, open-but-dropped-for-B, open-but-rejected-for-B, closed, slow.
const OPEN = 7100;
const DROPPED = 7101;
const REJECTED = 7102;
const CLOSED = 7103;
const SLOW = 7104;

// In the hub: quick HTTP answers on the open ports, and a slow one (2.5 s) on SLOW.
const HUB_SERVER = `
const net = require('net');
const [host, ...ports] = process.argv.slice(1);
let pending = ports.length;
for (const p of ports) {
  const port = Number(p);
  net.createServer((s) => {
    s.on('error', () => {});
    s.once('data', () => setTimeout(() => s.end('HTTP/1.1 200 OK\\r\\ncontent-length: 2\\r\\nconnection: close\\r\\n\\r\\nok'), port === ${SLOW} ? 2500 : 0));
  }).listen(port, host, () => { if (--pending === 0) process.stdout.write('ready\\n'); });
}`;

interface Row {
  location: string;
  status: string;
  verdict: string | null;
  article: string | null;
  stages: { name: string; ok: boolean }[];
  ms: number | null;
}
interface MultiJson {
  verdict: string;
  vantages: Row[];
  consensus: { kind: string; sentence: string; reachable: string[]; failing: { location: string; verdict: string }[]; unanswered: { location: string; status: string }[] };
}

function waitForLine(child: ChildProcess, pattern: RegExp, what: string, timeoutMs = 20_000): Promise<string> {
  let seen = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; output so far:\n${seen}`)), timeoutMs);
    const onData = (d: Buffer) => {
      seen += d.toString();
      const m = pattern.exec(seen);
      if (m) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(m[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d: Buffer) => (seen += d.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what}: process exited (${code}) first:\n${seen}`));
    });
  });
}

maybe('probe agents on separate networks (namespaces, iptables, real Redis)', () => {
  const net = freeSubnet();
  const TARGET = `${net}.0.1`;
  const FORWARDER = `${net}.9.1`;
  let hub: Netns;
  let nsA: Netns;
  let nsB: Netns;
  let nsBot: Netns;
  let proxy: TcpProxy;
  let admin: Redis;
  let prefix: string;
  let agentB: ChildProcess;
  const env = () => ({
    REDIS_URL: `redis://${FORWARDER}:${proxy.port}`,
    REDIS_KEY_PREFIX: prefix,
    PROBE_ALLOW_CIDRS: `${TARGET}/32`,
    PROBE_TCP_TIMEOUT_MS: '1500',
    PROBE_HTTP_TIMEOUT_MS: '4000',
    PROBE_DEADLINE_MS: '6000',
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    NO_COLOR: '1',
  });

  beforeAll(async () => {
    deleteStaleNamespaces();
    admin = await adminClient();
    prefix = testPrefix('agents');
    [hub, nsA, nsB, nsBot] = await Promise.all([Netns.create(), Netns.create(), Netns.create(), Netns.create()]);
    // Hub ↔ this machine (for Redis only), hub ↔ each network.
    const up = await hub.link(null, 'r', `${net}.9.2/24`, `${FORWARDER}/24`);
    await hub.link(nsA, 'a', `${net}.1.1/24`, `${net}.1.2/24`);
    await hub.link(nsB, 'b', `${net}.2.1/24`, `${net}.2.2/24`);
    await hub.link(nsBot, 'c', `${net}.3.1/24`, `${net}.3.2/24`);
    await nsA.ip(['route', 'add', 'default', 'via', `${net}.1.1`]);
    await nsB.ip(['route', 'add', 'default', 'via', `${net}.2.1`]);
    await nsBot.ip(['route', 'add', 'default', 'via', `${net}.3.1`]);
    await hub.ip(['addr', 'add', `${TARGET}/32`, 'dev', 'lo']);
    expect((await hub.exec('sysctl', ['-qw', 'net.ipv4.ip_forward=1'])).code).toBe(0);
    // Traffic to Redis leaves the hub as the hub's own address: this machine needs no routes.
    await hub.iptables(['-t', 'nat', '-A', 'POSTROUTING', '-o', up.here, '-j', 'MASQUERADE']);
    // Network B: one port dropped, one rejected.
    await nsB.iptables(['-A', 'OUTPUT', '-p', 'tcp', '-d', TARGET, '--dport', String(DROPPED), '-j', 'DROP']);
    await nsB.iptables(['-A', 'OUTPUT', '-p', 'tcp', '-d', TARGET, '--dport', String(REJECTED), '-j', 'REJECT', '--reject-with', 'tcp-reset']);

    proxy = await startTcpProxy({ listenHost: FORWARDER, targetHost: REDIS_HOST, targetPort: REDIS_PORT });
    const server = hub.spawn(process.execPath, ['-e', HUB_SERVER, TARGET, ...[OPEN, DROPPED, REJECTED, SLOW].map(String)]);
    await waitForLine(server, /ready/, 'the target server');

    const agentA = nsA.spawn(process.execPath, [CLI, 'agent', '--location', 'net-a'], { cwd: ROOT, env: env() });
    agentB = nsB.spawn(process.execPath, [CLI, 'agent', '--location', 'net-b'], { cwd: ROOT, env: env() });
    await Promise.all([waitForLine(agentA, /agent ready/, 'agent A'), waitForLine(agentB, /agent ready/, 'agent B')]);
  });

  afterAll(async () => {
    await Promise.all([hub, nsA, nsB, nsBot].map((ns) => ns?.destroy()));
    await proxy?.close();
    if (admin) {
      await deleteKeys(admin, prefix);
      await admin.quit();
    }
  });

  async function checkFrom(port: number, from = 'all', protocol = 'tcp'): Promise<MultiJson> {
    const r = await nsBot.exec(process.execPath, [CLI, 'check', '--json', '--protocol', protocol, '--from', from, `${TARGET}:${port}`], { cwd: ROOT, env: env(), timeoutMs: 60_000 });
    try {
      return JSON.parse(r.stdout) as MultiJson;
    } catch {
      throw new Error(`check --from printed no JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
    }
  }

  const verdicts = (j: MultiJson) => Object.fromEntries(j.vantages.map((v) => [v.location, v.status === 'answered' ? v.verdict : v.status]));

  it('the harness: A reaches the target, B is dropped on one port and rejected on another', async () => {
    expect(await nsA.connectAll(TARGET, [OPEN, DROPPED, REJECTED, CLOSED], 1000)).toEqual({ [OPEN]: 'connected', [DROPPED]: 'connected', [REJECTED]: 'connected', [CLOSED]: 'ECONNREFUSED' });
    expect(await nsB.connectAll(TARGET, [OPEN, DROPPED, REJECTED], 1000)).toEqual({ [OPEN]: 'connected', [DROPPED]: 'timeout', [REJECTED]: 'ECONNREFUSED' });
  });

  it('`netmedic agents` lists both locations with version and load', async () => {
    const r = await nsBot.exec(process.execPath, [CLI, 'agents', '--json'], { cwd: ROOT, env: env() });
    const list = JSON.parse(r.stdout) as { location: string; agents: number; versions: string[]; active: number; concurrency: number }[];
    expect(list.map((l) => l.location)).toEqual(['net-a', 'net-b']);
    for (const l of list) expect(l).toMatchObject({ agents: 1, versions: [expect.stringMatching(/^\d+\.\d+\.\d+/)], concurrency: 4 });
  });

  it('open everywhere: "answers everywhere"', async () => {
    const j = await checkFrom(OPEN);
    expect(verdicts(j)).toEqual({ bot: 'ok', 'net-a': 'ok', 'net-b': 'ok' });
    expect(j.consensus.kind).toBe('answers-everywhere');
    expect(j.consensus.sentence).toBe('answers everywhere: if it fails for you, the block is on your side');
    for (const v of j.vantages) expect(v.stages.find((s) => s.name === 'tcp')?.ok).toBe(true);
  });

  it('B drops the port: open from 2 of 3 networks, no answer from net-b', async () => {
    const j = await checkFrom(DROPPED);
    expect(verdicts(j)).toEqual({ bot: 'ok', 'net-a': 'ok', 'net-b': 'timeout' });
    expect(j.consensus.kind).toBe('partial');
    expect(j.consensus.sentence).toBe('open from 2 of 3 networks, no answer from net-b: a firewall, geo-block or ISP route affects some networks');
    expect(j.vantages.find((v) => v.location === 'net-b')!.article).toBe('connection-timeout');
  });

  it('B rejects the port: open from 2 of 3 networks, refused from net-b', async () => {
    const j = await checkFrom(REJECTED, 'net-a,net-b');
    expect(verdicts(j)).toEqual({ bot: 'ok', 'net-a': 'ok', 'net-b': 'refused' });
    expect(j.consensus.sentence).toBe('open from 2 of 3 networks, refused from net-b: a firewall, geo-block or ISP route affects some networks');
  });

  it('nothing listens: refused from every network', async () => {
    const j = await checkFrom(CLOSED);
    expect(verdicts(j)).toEqual({ bot: 'refused', 'net-a': 'refused', 'net-b': 'refused' });
    expect(j.consensus).toMatchObject({ kind: 'refused-everywhere', sentence: 'refused from every network: the service is down or not listening' });
  });

  it('jobs never carry credentials: what the agents received has no user, password or token', async () => {
    const r = await nsBot.exec(process.execPath, [CLI, 'check', '--json', '--from', 'net-a', `http://alice:S3cretPass@${TARGET}:${OPEN}/player_api.php?username=alice&password=S3cretPass&token=T0ken99`], { cwd: ROOT, env: env(), timeoutMs: 60_000 });
    const j = JSON.parse(r.stdout) as MultiJson;
    expect(verdicts(j)['net-a']).not.toBeNull();
    // Completed jobs stay in Redis for two minutes: read what was enqueued.
    const keys = await admin.keys(`${prefix}bull:check-net-a:*`);
    const dump = (await Promise.all(keys.map(async (k) => ((await admin.type(k)) === 'hash' ? JSON.stringify(await admin.hgetall(k)) : '')))).join('\n');
    expect(dump).toContain('player_api.php');
    expect(dump).not.toMatch(/S3cretPass|T0ken99|alice/);
  });

  it('an agent killed in the middle of a job: the check answers by its deadline with that location "no answer"', async () => {
    // An HTTP check, so the job waits for the slow server's answer (a tcp check is a connect only).
    const check = checkFrom(SLOW, 'all', 'http');
    // Agent B has taken the job (the slow server holds its answer for 2.5 s): kill it now.
    await waitForLine(agentB, new RegExp(`check job started[^\\n]*\\n?`), 'agent B to start the slow job');
    agentB.kill('SIGKILL');
    const j = await check;
    expect(verdicts(j)).toEqual({ bot: 'ok', 'net-a': 'ok', 'net-b': 'no-answer' });
    expect(j.consensus.kind).toBe('answers-where-reported');
    expect(j.consensus.unanswered).toEqual([{ location: 'net-b', status: 'no-answer' }]);
    expect(j.consensus.sentence).toMatch(/^answers from every network that reported \(no answer from net-b by the deadline\)/);
  });
});
