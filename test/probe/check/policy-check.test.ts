/**
 * The tightened address policy through the real check path (runCheck, real loopback sockets, the
 * loopback test DNS server): single-label names are refused before any lookup unless private
 * targets are allowed, the bot host's own addresses are refused without a single connection, and a
 * refusal that PROBE_ALLOW_PRIVATE would lift says so, in the words of its audience.
 */
import { runCheck, type CheckOptions } from '../../../src/probe/check';
import { hostAddresses } from '../../../src/probe/host-addresses';
import { policyFromConfig } from '../../../src/check-options';
import { installConnectGuard, type ConnectAttempt } from '../../support/connect-guard';
import { startDnsServer, type TestDnsServer } from '../../support/dns-server';
import { closeAfterEach } from '../../support/close-after-each';
import { tcpServer } from '../../support/servers';
import { sentenceOf } from '../../support/check-words';

jest.setTimeout(20000);

const ALLOW_PRIVATE = policyFromConfig({ PROBE_ALLOW_PRIVATE: true, PROBE_ALLOW_CIDRS: [] });
const PUBLIC_ONLY = policyFromConfig({ PROBE_ALLOW_PRIVATE: false, PROBE_ALLOW_CIDRS: [] });

let dns: TestDnsServer;
let guard: { attempts: ConnectAttempt[]; restore(): void };
beforeAll(async () => {
  dns = await startDnsServer({ intranet: { A: ['127.0.0.1'] }, 'metadata.netmedic.test': { A: ['169.254.169.254'] } });
  guard = installConnectGuard();
});
afterAll(async () => {
  guard.restore();
  await dns.close();
});

const keep = closeAfterEach();

function options(extra: Partial<CheckOptions> = {}): CheckOptions {
  return {
    protocol: 'tcp',
    policy: PUBLIC_ONLY,
    dnsServers: dns.servers,
    timeouts: { dnsMs: 1000, tcpMs: 1500, tlsMs: 2000, httpMs: 2000, deadlineMs: 8000 },
    maxBytes: 65536,
    alternativePorts: [],
    ...extra,
  };
}

describe('single-label names', () => {
  it('are refused before any lookup or connection, and the reply says how to allow them', async () => {
    const server = await keep(tcpServer());
    const queries = dns.queries.length;
    const attempts = guard.attempts.length;
    const result = await runCheck(`intranet:${server.port}`, options());
    expect(result.verdict).toBe('blocked');
    expect(sentenceOf(result)).toMatch(/^I won't check intranet: intranet is not a full domain name /);
    expect(sentenceOf(result)).toContain('netmedic check --allow-private');
    expect(sentenceOf(result)).toContain('PROBE_ALLOW_PRIVATE=true');
    expect(result.stages).toEqual([]);
    expect(dns.queries.length).toBe(queries);
    expect(guard.attempts.length).toBe(attempts);
    expect(server.accepted()).toBe(0);
  });

  it('the CLI audience is told about --allow-private', async () => {
    const result = await runCheck('script:80', options());
    expect(result.facts).toEqual({ verdict: 'blocked', host: 'script', block: { kind: 'single-label', address: 'script' }, privateHint: true });
    expect(sentenceOf(result, 'cli')).toMatch(/Run it again with --allow-private/);
  });

  it('with private targets allowed, a single-label name is looked up and checked', async () => {
    const server = await keep(tcpServer());
    const result = await runCheck(`intranet:${server.port}`, options({ policy: ALLOW_PRIVATE }));
    expect(result.verdict).toBe('ok');
    expect(dns.queries.some((q) => q.name === 'intranet')).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(server.accepted()).toBe(1);
  });
});

describe('hints on blocked targets', () => {
  it('a private address names --allow-private and PROBE_ALLOW_PRIVATE', async () => {
    const result = await runCheck('10.0.0.1:80', options());
    expect(sentenceOf(result)).toBe(
      "I won't check 10.0.0.1: 10.0.0.1 is a private address (10.0.0.0/8). The bot only checks public servers. Checking a server of your own? Run 'netmedic check --allow-private' on your own machine; if you run this bot, PROBE_ALLOW_PRIVATE=true allows private targets.",
    );
  });

  it('a metadata address does not (PROBE_ALLOW_PRIVATE would not open it)', async () => {
    const attempts = guard.attempts.length;
    const result = await runCheck('metadata.netmedic.test:80', options({ policy: ALLOW_PRIVATE }));
    expect(result.verdict).toBe('blocked');
    expect(sentenceOf(result)).toBe("I won't check metadata.netmedic.test: 169.254.169.254 is a cloud metadata address. The bot only checks public servers.");
    expect(guard.attempts.length).toBe(attempts);
  });
});

describe("this machine's own addresses", () => {
  // Every non-loopback, non-link-local address of this host (the interfaces decide what is tested).
  const own = [...hostAddresses()].filter((a) => !/^(127\.|::1$|fe[89ab])/i.test(a) && !a.startsWith('169.254.'));
  if (own.length === 0) console.warn('no non-loopback interface address on this machine: the own-address check runs only in own-address-netns.test.ts');

  it.each(own.map((a) => [a]))('%s is refused even when PROBE_ALLOW_CIDRS covers its range, with no connection', async (address) => {
    const v6 = address.includes(':');
    const cidr = v6 ? `${address}/64` : `${address}/24`;
    const policy = policyFromConfig({ PROBE_ALLOW_PRIVATE: false, PROBE_ALLOW_CIDRS: [cidr] });
    const attempts = guard.attempts.length;
    const result = await runCheck(`${v6 ? `[${address}]` : address}:7`, options({ policy }));
    expect(result.verdict).toBe('blocked');
    expect(sentenceOf(result)).toContain("that is the bot's own machine");
    expect(sentenceOf(result)).toContain('--allow-private');
    expect(guard.attempts.length).toBe(attempts);
  });
});
