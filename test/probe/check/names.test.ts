/**
 * runCheck with host names, resolved by the loopback test DNS server: names point at 127.0.0.1
 * / ::1 only. Covers DNS verdicts, a name that resolves to a blocked address, SNI and dual stack.
 */
import { runCheck, type CheckOptions } from '../../../src/probe/check';
import { policyFromConfig } from '../../../src/check-options';
import { startDnsServer, type TestDnsServer } from '../../support/dns-server';
import { certificates, hasIpv6Loopback, httpsServer, statusServer, tcpServer } from '../../support/servers';
import { closeAfterEach } from '../../support/close-after-each';
import { scaled } from '../../support/timing';
import { sentenceOf, notesOf } from '../../support/check-words';

jest.setTimeout(scaled(20000));

const ALLOW_LOOPBACK = policyFromConfig({ PROBE_ALLOW_PRIVATE: true, PROBE_ALLOW_CIDRS: [] });
const PUBLIC_ONLY = policyFromConfig({ PROBE_ALLOW_PRIVATE: false, PROBE_ALLOW_CIDRS: [] });

let dns: TestDnsServer;
beforeAll(async () => {
  dns = await startDnsServer({
    'panel.netmedic.test': { A: ['127.0.0.1'] },
    'dual.netmedic.test': { A: ['127.0.0.1'], AAAA: ['::1'] },
    'broken.netmedic.test': { rcode: 'SERVFAIL' },
    'slow.netmedic.test': { silent: true },
    'xn--bcher-kva.netmedic.test': { A: ['127.0.0.1'] },
  });
});
afterAll(() => dns.close());

const keep = closeAfterEach();

function options(extra: Partial<CheckOptions> = {}): CheckOptions {
  return {
    protocol: 'auto',
    policy: ALLOW_LOOPBACK,
    dnsServers: dns.servers,
    timeouts: { dnsMs: 500, tcpMs: 1500, tlsMs: 2000, httpMs: 2000, deadlineMs: 8000 },
    maxBytes: 65536,
    alternativePorts: [],
    ...extra,
  };
}

describe('runCheck with names', () => {
  it('an international name is looked up as punycode and the reply says which name was checked', async () => {
    const server = await keep(tcpServer());
    const result = await runCheck(`bücher.netmedic.test:${server.port}`, options({ protocol: 'tcp' }));
    expect(result.verdict).toBe('ok');
    expect(result.target?.displayHost).toBe('bücher.netmedic.test');
    expect(notesOf(result)).toContain('bücher.netmedic.test is an international name; I checked xn--bcher-kva.netmedic.test.');
    expect(dns.queries.some((q) => q.name === 'xn--bcher-kva.netmedic.test')).toBe(true);
  });

  it('resolves, connects to the vetted address, sends SNI and Host for the name', async () => {
    const certs = await certificates();
    let sni: string | false | undefined;
    const server = await keep(httpsServer(certs.valid, (req, res) => {
      sni = (req.socket as unknown as { servername?: string | false }).servername;
      res.writeHead(200, { server: 'panel' });
      res.end('{}');
    }));
    const result = await runCheck(`https://panel.netmedic.test:${server.port}/`, options({ ca: [certs.ca.cert] }));
    expect(result).toMatchObject({ verdict: 'ok', httpStatus: 200 });
    expect(result.addresses).toEqual([{ address: '127.0.0.1', family: 4 }]);
    expect(sni).toBe('panel.netmedic.test');
    expect(server.headers[0]!.host).toBe(`panel.netmedic.test:${server.port}`);
    expect(result.stages.map((s) => s.name)).toEqual(['dns', 'tcp', 'tls', 'http']);
  });

  it('unknown name → dns-not-found (article dns-failure), no connection', async () => {
    const result = await runCheck('gone.netmedic.test:8080', options());
    expect(result).toMatchObject({ verdict: 'dns-not-found', article: 'dns-failure' });
    expect(result.stages).toHaveLength(1);
    expect(sentenceOf(result)).toMatch(/^The name gone\.netmedic\.test does not lead anywhere/);
  });

  it('SERVFAIL → dns-error', async () => {
    const result = await runCheck('broken.netmedic.test:8080', options());
    expect(result).toMatchObject({ verdict: 'dns-error', article: 'dns-failure' });
  });

  it('silent DNS server → dns-error within the DNS timeout', async () => {
    // The DNS limit (500 ms) decided, not the check's 8 s deadline.
    const result = await runCheck('slow.netmedic.test:8080', options());
    expect(result.verdict).toBe('dns-error');
    expect(result.stages).toEqual([expect.objectContaining({ name: 'dns', ok: false })]);
    expect(sentenceOf(result)).not.toMatch(/ran out of time/);
  });

  it('a name that resolves to loopback is blocked without allowPrivate: no connection at all', async () => {
    const server = await keep(tcpServer());
    const result = await runCheck(`panel.netmedic.test:${server.port}`, options({ policy: PUBLIC_ONLY, alternativePorts: [server.port] }));
    expect(result).toMatchObject({ verdict: 'blocked', article: null });
    expect(sentenceOf(result)).toMatch(/^I won't check panel\.netmedic\.test: /);
    await new Promise((r) => setTimeout(r, 50));
    expect(server.accepted()).toBe(0);
  });

  it('dual stack: one TCP line per family, a note when one family fails', async () => {
    const server = await keep(statusServer(200));
    const result = await runCheck(`http://dual.netmedic.test:${server.port}/`, options());
    const tcp = result.stages.filter((s) => s.name === 'tcp');
    expect(tcp.map((s) => s.family)).toEqual([4, 6]);
    expect(result.verdict).toBe('ok');
    if (await hasIpv6Loopback()) {
      expect(tcp[1]!.ok).toBe(false);
      expect(notesOf(result).some((n) => n.startsWith('IPv6 fails'))).toBe(true);
    }
  });
});
