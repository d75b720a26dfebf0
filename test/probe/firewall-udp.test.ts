/**
 * The UDP verdicts against a real firewall: a network namespace with a Source (A2S_INFO) server on
 * 127.0.0.2, iptables DROP and REJECT (icmp-port-unreachable) on some of its UDP ports, and the
 * built CLI (`netmedic check --protocol source --json`) run inside the same namespace.
 *
 * Needs root, `ip` and `iptables` (CI installs them); elsewhere the suite is skipped with a warning.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckJsonDoc as CheckResult } from '../support/check-words';
import { Netns, deleteStaleNamespaces, netnsSupport, type NsServer } from '../support/netns';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'netmedic.js');
const HOST = '127.0.0.2';
const TIMEOUT_MS = 1200;

const CASES = [
  { name: 'open UDP port', port: 7100, rule: null, verdict: 'ok' },
  { name: 'UDP DROP', port: 7101, rule: ['DROP'], verdict: 'udp-no-answer' },
  { name: 'UDP REJECT icmp-port-unreachable', port: 7102, rule: ['REJECT', '--reject-with', 'icmp-port-unreachable'], verdict: 'udp-refused' },
] as const;

const support = netnsSupport();
if (!support.ok) console.warn(`UDP firewall tests skipped: ${support.reason}`);
const describeNs = support.ok ? describe : describe.skip;

describeNs('UDP firewall verdicts, probed inside a network namespace', () => {
  let ns: Netns | undefined;
  let server: NsServer | undefined;

  beforeAll(async () => {
    deleteStaleNamespaces();
    ns = await Netns.create();
    server = await ns.listenUdpA2s(HOST, CASES.map((c) => c.port));
    for (const c of CASES) {
      if (c.rule) await ns.iptables(['-A', 'INPUT', '-p', 'udp', '-d', HOST, '--dport', String(c.port), '-j', ...c.rule]);
    }
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await ns?.destroy();
  }, 30_000);

  it.each(CASES)('$name → $verdict', async (c) => {
    if (!existsSync(join(ROOT, 'dist', 'src', 'probe', 'game', 'stage.js'))) throw new Error('dist/ is missing the game stage: run `npm run build` first (npm test does).');
    const r = await ns!.exec(process.execPath, [CLI, 'check', '--json', '--allow-private', '--protocol', 'source', `${HOST}:${c.port}`], {
      cwd: ROOT,
      env: { PROBE_TCP_TIMEOUT_MS: String(TIMEOUT_MS), LOG_LEVEL: 'silent', NO_COLOR: '1' },
      timeoutMs: 30_000,
    });
    let json: CheckResult;
    try {
      json = JSON.parse(r.stdout) as CheckResult;
    } catch {
      throw new Error(`netmedic check printed no JSON (exit ${r.code}):\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
    }
    expect({ verdict: json.verdict, sentence: json.verdict === c.verdict ? '' : json.sentence }).toEqual({ verdict: c.verdict, sentence: '' });
    expect(r.code).toBe(0);
    if (c.verdict === 'ok') expect(json.game).toEqual(expect.objectContaining({ kind: 'source', name: 'ns server', map: 'de_ns', players: 2, maxPlayers: 16 }));
    else expect(json.article).toBe('game-server');
    if (c.verdict === 'udp-no-answer') expect(json.sentence).toContain('(filtered, or not a Source (A2S_INFO) server)');
    if (c.verdict === 'udp-refused') expect(json.sentence).toContain('port unreachable');
  });
});
