/**
 * The real probe against a real firewall: a network namespace with only a loopback interface, a
 * listener inside it on 127.0.0.2, iptables rules in front of some of its ports, and the built CLI
 * (`netmedic check --json`) run inside the same namespace. Nothing here can leave the namespace.
 *
 * Needs root, `ip` and `iptables` (CI installs them); elsewhere the suite is skipped with a warning.
 * Uses dist/: builds it first when it is missing or older than src/ (`npm test` builds anyway).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckResult } from '../../src/probe/types';
import { Netns, deleteStaleNamespaces, netnsSupport, type NsServer } from '../support/netns';
import { scaled } from '../support/timing';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'netmedic.js');
const HOST = '127.0.0.2';
const TCP_TIMEOUT_MS = 1500;

interface Case {
  name: string;
  port: number;
  /** iptables target for `-A INPUT -p tcp -d HOST --dport PORT`; null: no rule (open). */
  target: string[] | null;
  /** What a plain net.connect sees (harness check). */
  kernel: string;
  verdict: string;
}

const CASES: Case[] = [
  { name: 'open port', port: 7000, target: null, kernel: 'connected', verdict: 'ok' },
  { name: 'DROP', port: 7001, target: ['DROP'], kernel: 'timeout', verdict: 'timeout' },
  { name: 'REJECT tcp-reset', port: 7002, target: ['REJECT', '--reject-with', 'tcp-reset'], kernel: 'ECONNREFUSED', verdict: 'refused' },
  { name: 'REJECT icmp-port-unreachable', port: 7003, target: ['REJECT', '--reject-with', 'icmp-port-unreachable'], kernel: 'ECONNREFUSED', verdict: 'refused' },
  { name: 'REJECT icmp-host-unreachable', port: 7004, target: ['REJECT', '--reject-with', 'icmp-host-unreachable'], kernel: 'EHOSTUNREACH', verdict: 'host-unreachable' },
  { name: 'REJECT icmp-admin-prohibited', port: 7005, target: ['REJECT', '--reject-with', 'icmp-admin-prohibited'], kernel: 'EHOSTUNREACH', verdict: 'host-unreachable' },
  { name: 'REJECT icmp-net-unreachable', port: 7006, target: ['REJECT', '--reject-with', 'icmp-net-unreachable'], kernel: 'ENETUNREACH', verdict: 'network-unreachable' },
];
const PORTS = CASES.map((c) => c.port);

/** The jest global setup builds dist/; say so plainly if the check command is not there. */
function ensureBuilt(): string | null {
  const command = join(ROOT, 'dist', 'src', 'cli', 'commands', 'check.js');
  if (!existsSync(command)) return `${command} is missing: the CLI \`check\` command was not built (run \`npm run build\`)`;
  return null;
}

type CliCheck = Pick<CheckResult, 'verdict' | 'ms' | 'stages'>;

async function cliCheck(ns: Netns, port: number): Promise<{ json: CliCheck; wallMs: number; code: number | null; raw: string }> {
  const r = await ns.exec(process.execPath, [CLI, 'check', '--json', '--allow-private', '--protocol', 'tcp', `${HOST}:${port}`], {
    cwd: ROOT,
    env: { PROBE_TCP_TIMEOUT_MS: String(TCP_TIMEOUT_MS), LOG_LEVEL: 'silent', NO_COLOR: '1' },
    timeoutMs: 30_000,
  });
  let json: CliCheck;
  try {
    json = JSON.parse(r.stdout) as CliCheck;
  } catch {
    throw new Error(`netmedic check printed no JSON (exit ${r.code}, signal ${r.signal}):\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  }
  return { json, wallMs: r.ms, code: r.code, raw: r.stdout };
}

const support = netnsSupport();
if (!support.ok) console.warn(`firewall tests skipped: ${support.reason}`);
const describeNs = support.ok ? describe : describe.skip;

describeNs('firewall verdicts, probed inside a network namespace', () => {
  let ns: Netns | undefined;
  let server: NsServer | undefined;
  let buildProblem: string | null = null;

  beforeAll(async () => {
    deleteStaleNamespaces();
    buildProblem = ensureBuilt();
    ns = await Netns.create();
    server = await ns.listen(HOST, PORTS);
    // Every port answers before any rule: whatever fails later is the firewall's doing.
    const before = await ns.connectAll(HOST, PORTS, TCP_TIMEOUT_MS);
    const notOpen = PORTS.filter((p) => before[String(p)] !== 'connected');
    if (notOpen.length > 0) throw new Error(`listener not reachable before the rules on ports ${notOpen.join(', ')}: ${JSON.stringify(before)}`);
    for (const c of CASES) {
      if (c.target) await ns.iptables(['-A', 'INPUT', '-p', 'tcp', '-d', HOST, '--dport', String(c.port), '-j', ...c.target]);
    }
  }, scaled(180_000));

  afterAll(async () => {
    await server?.close();
    const name = ns?.name;
    await ns?.destroy();
    if (name) {
      const list = spawnSync('ip', ['netns', 'list'], { encoding: 'utf8' }).stdout;
      if (list.split('\n').some((line) => line.split(' ')[0] === name)) throw new Error(`namespace ${name} still exists`);
    }
  }, scaled(30_000));

  it('harness: the kernel answers each rule as expected (plain net.connect)', async () => {
    const seen = await ns!.connectAll(HOST, PORTS, TCP_TIMEOUT_MS);
    expect(seen).toEqual(Object.fromEntries(CASES.map((c) => [String(c.port), c.kernel])));
  });

  it.each(CASES)('$name → $verdict', async (c) => {
    if (buildProblem) throw new Error(buildProblem);
    const { json, code, raw } = await cliCheck(ns!, c.port);
    expect({ verdict: json.verdict, raw: json.verdict === c.verdict ? '' : raw }).toEqual({ verdict: c.verdict, raw: '' });
    const tcp = json.stages.find((s) => s.name === 'tcp');
    expect(tcp?.ok).toBe(c.verdict === 'ok');
    // The CLI exits 0 whenever the check ran, whatever it found.
    expect(code).toBe(0);
    if (c.verdict === 'timeout') {
      // Gave up at the configured TCP timeout, not before (a timer never fires early, so a busy
      // machine cannot break this). How soon after it stops is `npm run bench`'s business.
      expect(tcp!.ms).toBeGreaterThanOrEqual(TCP_TIMEOUT_MS - 50);
    }
    // A REJECT or a listener answers before the timeout: a check that had waited it out would
    // have said "timeout", so the verdict above already proves it answered in time.
  });
});
