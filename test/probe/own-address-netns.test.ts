/**
 * The bot host's own public address, for real: a network namespace whose interface holds a public
 * IPv4 and IPv6 address, a listener on them, and the built CLI (`netmedic check --json`) run
 * inside the same namespace, where those addresses are "this machine". Without --allow-private the
 * check is refused and the listener sees no connection; with it, the port is checked. Nothing here
 * leaves the namespace (it has no route anywhere else).
 *
 * Needs root and `ip` (as the firewall tests); elsewhere it is skipped with a warning.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckJsonDoc as CheckResult } from '../support/check-words';
import { Netns, deleteStaleNamespaces, netnsSupport, type NsServer } from '../support/netns';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'netmedic.js');
// Public unicast addresses, assigned only inside the namespace this test creates.
const OWN_V4 = '11.22.33.44';
const OWN_V6 = '2a01:4f8:ffff::44';
const PORT = 7100;

jest.setTimeout(60_000);

const support = netnsSupport();
if (!support.ok) console.warn(`own-address namespace tests skipped: ${support.reason}`);
const describeNs = support.ok ? describe : describe.skip;

describeNs("the bot host's own public addresses, inside a network namespace", () => {
  let ns: Netns | undefined;
  const servers: NsServer[] = [];

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist', 'src', 'cli', 'commands', 'check.js'))) throw new Error('dist/ is missing: run `npm run build`');
    deleteStaleNamespaces();
    ns = await Netns.create();
    // On the namespace's loopback interface (dummy interfaces need a kernel module not every host has).
    for (const args of [
      ['addr', 'add', `${OWN_V4}/32`, 'dev', 'lo'],
      ['addr', 'add', `${OWN_V6}/128`, 'dev', 'lo'],
    ]) {
      const r = await ns.exec('ip', args);
      if (r.code !== 0) throw new Error(`ip ${args.join(' ')} failed: ${r.stderr}`);
    }
    servers.push(await ns.listen(OWN_V4, [PORT]), await ns.listen(OWN_V6, [PORT]));
    // Harness check: the addresses really answer inside the namespace.
    expect(await ns.connectAll(OWN_V4, [PORT], 3000)).toEqual({ [PORT]: 'connected' });
  });

  afterAll(async () => {
    for (const s of servers) await s.close();
    await ns?.destroy();
  });

  async function check(target: string, ...flags: string[]): Promise<{ json: CheckResult; code: number | null }> {
    const r = await ns!.exec(process.execPath, [CLI, 'check', '--json', '--protocol', 'tcp', ...flags, target], {
      cwd: ROOT,
      env: { LOG_LEVEL: 'silent', NO_COLOR: '1', PROBE_TCP_TIMEOUT_MS: '3000' },
      timeoutMs: 30_000,
    });
    try {
      return { json: JSON.parse(r.stdout) as CheckResult, code: r.code };
    } catch {
      throw new Error(`netmedic check printed no JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
    }
  }

  test.each([
    [OWN_V4, `${OWN_V4}:${PORT}`],
    [OWN_V6, `[${OWN_V6}]:${PORT}`],
  ])('%s is refused by default: "the bot\'s own machine", --allow-private named, no connection', async (_address, target) => {
    const { json, code } = await check(target);
    expect(json.verdict).toBe('blocked');
    expect(json.sentence).toContain("that is the bot's own machine");
    expect(json.sentence).toContain('--allow-private');
    expect(json.stages.some((s) => s.name === 'tcp')).toBe(false);
    expect(code).toBe(2);
  });

  test('a PROBE_ALLOW_CIDRS range around it does not open it; an exact entry does', async () => {
    const r = await ns!.exec(process.execPath, [CLI, 'check', '--json', '--protocol', 'tcp', `${OWN_V4}:${PORT}`], {
      cwd: ROOT,
      env: { LOG_LEVEL: 'silent', PROBE_ALLOW_CIDRS: '11.22.33.0/24' },
    });
    expect((JSON.parse(r.stdout) as CheckResult).verdict).toBe('blocked');
    const exact = await ns!.exec(process.execPath, [CLI, 'check', '--json', '--protocol', 'tcp', `${OWN_V4}:${PORT}`], {
      cwd: ROOT,
      env: { LOG_LEVEL: 'silent', PROBE_ALLOW_CIDRS: `${OWN_V4}/32` },
    });
    expect((JSON.parse(exact.stdout) as CheckResult).verdict).toBe('ok');
  });

  test.each([
    [OWN_V4, `${OWN_V4}:${PORT}`],
    [OWN_V6, `[${OWN_V6}]:${PORT}`],
  ])('%s is checked with --allow-private (PROBE_ALLOW_PRIVATE)', async (_address, target) => {
    const { json, code } = await check(target, '--allow-private');
    expect(json.verdict).toBe('ok');
    expect(json.stages.find((s) => s.name === 'tcp')?.ok).toBe(true);
    expect(code).toBe(0);
  });
});
