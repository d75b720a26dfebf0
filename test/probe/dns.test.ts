/**
 * DNS stage against a DNS server this test runs on 127.0.0.1. No query leaves the machine: every
 * resolveTarget call below passes `servers` pointing at that server (or resolves a literal IP).
 */
import http from 'node:http';
import net from 'node:net';
import { Agent, request } from 'undici';
import type { LookupAddress } from 'node:dns';
import { lookupPinned, resolveTarget, vetAddresses } from '../../src/probe/dns';
import type { ProbePolicy } from '../../src/probe/policy';
import { startDnsServer, type TestDnsServer } from '../support/dns-server';
import { detailOf } from '../support/check-words';
import { blockReason } from '../../src/render/check-words';
import { englishMessages } from '../../src/render/i18n/messages';

const STRICT: ProbePolicy = { allowPrivate: false, allowCidrs: [] };

let dns: TestDnsServer;

beforeAll(async () => {
  dns = await startDnsServer({
    'both.test': { A: ['93.184.216.34', '93.184.216.35'], AAAA: ['2606:2800:220:1:248:1893:25c8:1946'] },
    'v4only.test': { A: ['1.1.1.1'] },
    'v6only.test': { AAAA: ['2606:4700:4700::1111'] },
    'empty.test': {},
    'servfail.test': { rcode: 'SERVFAIL' },
    'refused.test': { rcode: 'REFUSED' },
    'gone.test': { rcode: 'NXDOMAIN' },
    'silent.test': { silent: true },
    'loopback.test': { A: ['127.0.0.1'] },
    'private.test': { A: ['10.0.0.1'] },
    'metadata.test': { A: ['169.254.169.254'] },
    'mixed.test': { A: ['93.184.216.34', '10.0.0.1'] },
    'mapped.test': { AAAA: ['::ffff:127.0.0.1'] },
    'xn--bcher-kva.test': { A: ['93.184.216.34'] },
  });
});

afterAll(async () => {
  await dns.close();
});

const opts = () => ({ servers: dns.servers, timeoutMs: 1000 });

describe('resolveTarget', () => {
  test('A and AAAA are both asked for and returned', async () => {
    const outcome = await resolveTarget('both.test', opts());
    expect(outcome).toMatchObject({
      ok: true,
      addresses: [
        { address: '93.184.216.34', family: 4 },
        { address: '93.184.216.35', family: 4 },
        { address: '2606:2800:220:1:248:1893:25c8:1946', family: 6 },
      ],
    });
    if (outcome.ok) {
      expect(Number.isInteger(outcome.ms)).toBe(true);
      expect(outcome.facts).toEqual({ kind: 'resolved', addresses: ['93.184.216.34', '93.184.216.35', '2606:2800:220:1:248:1893:25c8:1946'] });
      expect(detailOf({ name: 'dns', ok: true, ms: outcome.ms, facts: outcome.facts })).toMatch(/^93\.184\.216\.34, 93\.184\.216\.35, 2606:2800:220:1:248:1893:25c8:1946 in \d+ ms$/);
    }
    const types = dns.queries.filter((q) => q.name === 'both.test').map((q) => q.type).sort();
    expect(types).toEqual(['A', 'AAAA']);
  });

  test('one family only', async () => {
    expect(await resolveTarget('v4only.test', opts())).toMatchObject({ ok: true, addresses: [{ address: '1.1.1.1', family: 4 }] });
    expect(await resolveTarget('v6only.test', opts())).toMatchObject({ ok: true, addresses: [{ address: '2606:4700:4700::1111', family: 6 }] });
  });

  test('names are case-insensitive and punycode works', async () => {
    expect(await resolveTarget('BOTH.test', opts())).toMatchObject({ ok: true });
    expect(await resolveTarget('xn--bcher-kva.test', opts())).toMatchObject({ ok: true, addresses: [{ address: '93.184.216.34' }] });
  });

  test('unknown name → NXDOMAIN → dns-not-found', async () => {
    const nope = await resolveTarget('nope.test', opts());
    expect(nope).toMatchObject({ ok: false, verdict: 'dns-not-found', kind: 'nxdomain', code: 'ENOTFOUND', facts: { kind: 'failed', failure: { kind: 'nxdomain', code: 'ENOTFOUND' } } });
    expect(detailOf({ name: 'dns', ok: false, ms: nope.ms, facts: nope.facts })).toBe('no such name (NXDOMAIN)');
    expect(await resolveTarget('gone.test', opts())).toMatchObject({ ok: false, verdict: 'dns-not-found', kind: 'nxdomain' });
  });

  test('name without addresses → dns-not-found, kind no-address', async () => {
    expect(await resolveTarget('empty.test', opts())).toMatchObject({ ok: false, verdict: 'dns-not-found', kind: 'no-address', code: 'ENODATA' });
  });

  test('SERVFAIL → dns-error', async () => {
    expect(await resolveTarget('servfail.test', opts())).toMatchObject({ ok: false, verdict: 'dns-error', kind: 'servfail', code: 'ESERVFAIL' });
  });

  test('REFUSED → dns-error, kind refused', async () => {
    expect(await resolveTarget('refused.test', opts())).toMatchObject({ ok: false, verdict: 'dns-error', kind: 'refused', code: 'EREFUSED' });
  });

  test('no answer → timeout within about timeoutMs', async () => {
    const outcome = await resolveTarget('silent.test', { servers: dns.servers, timeoutMs: 150 });
    expect(outcome).toMatchObject({ ok: false, verdict: 'dns-error', kind: 'timeout', code: 'ETIMEOUT', facts: { kind: 'failed', failure: { kind: 'timeout', code: 'ETIMEOUT', timeoutMs: 150, servers: 1 } } });
    expect(detailOf({ name: 'dns', ok: false, ms: outcome.ms, facts: outcome.facts })).toBe('no answer from the DNS server within 150 ms');
  });

  test('an abort signal cuts the lookup short', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    // ECANCELLED: the signal ended it, not the 5 s limit (which would say ETIMEOUT).
    const outcome = await resolveTarget('silent.test', { servers: dns.servers, timeoutMs: 5000, signal: controller.signal });
    expect(outcome).toMatchObject({ ok: false, verdict: 'dns-error', kind: 'timeout', code: 'ECANCELLED' });
  });

  test('an already aborted signal sends no query', async () => {
    const before = dns.queries.length;
    const outcome = await resolveTarget('both.test', { ...opts(), signal: AbortSignal.abort() });
    expect(outcome).toMatchObject({ ok: false, kind: 'timeout', code: 'ECANCELLED' });
    expect(dns.queries.length).toBe(before);
  });

  test('a DNS server that is not there → dns-error', async () => {
    // A closed UDP port on loopback: the query is answered with ICMP port unreachable or not at all.
    const closed = await startDnsServer({});
    const port = closed.port;
    await closed.close();
    const outcome = await resolveTarget('both.test', { servers: [`127.0.0.1:${port}`], timeoutMs: 200 });
    expect(outcome).toMatchObject({ ok: false, verdict: 'dns-error' });
    // Usually ECONNREFUSED (ICMP port unreachable on loopback); a timeout if that ICMP is lost.
    if (!outcome.ok) expect(['refused', 'timeout']).toContain(outcome.kind);
  });

  test('a literal IP skips DNS entirely', async () => {
    const before = dns.queries.length;
    const literal = await resolveTarget('127.0.0.1', opts());
    expect(literal).toEqual({ ok: true, addresses: [{ address: '127.0.0.1', family: 4 }], ms: 0, facts: { kind: 'ip-literal', address: '127.0.0.1' } });
    expect(detailOf({ name: 'dns', ok: true, ms: 0, facts: literal.facts })).toBe('127.0.0.1 (an IP address, no lookup needed)');
    expect(await resolveTarget('::1', opts())).toMatchObject({ ok: true, addresses: [{ address: '::1', family: 6 }] });
    expect(dns.queries.length).toBe(before);
  });

  test('unusable configured servers are reported, not thrown', async () => {
    expect(await resolveTarget('both.test', { servers: ['not-an-ip'], timeoutMs: 100 })).toMatchObject({ ok: false, verdict: 'dns-error', kind: 'other' });
  });
});

describe('vetAddresses', () => {
  test('public addresses pass', async () => {
    const outcome = await resolveTarget('both.test', opts());
    if (!outcome.ok) throw new Error(outcome.code);
    expect(vetAddresses(outcome.addresses, STRICT)).toEqual({ ok: true, addresses: outcome.addresses });
  });

  test.each([
    ['loopback.test', '127.0.0.1', '127.0.0.1 is a loopback address'],
    ['private.test', '10.0.0.1', '10.0.0.1 is a private address (10.0.0.0/8)'],
    ['metadata.test', '169.254.169.254', '169.254.169.254 is a cloud metadata address'],
    ['mixed.test', '10.0.0.1', '10.0.0.1 is a private address (10.0.0.0/8)'],
    ['mapped.test', '::ffff:127.0.0.1', '::ffff:7f00:1 maps to 127.0.0.1, which is a loopback address'],
  ])('%s resolving to %s is blocked', async (name, address, reason) => {
    const outcome = await resolveTarget(name, opts());
    if (!outcome.ok) throw new Error(outcome.code);
    const vetted = vetAddresses(outcome.addresses, STRICT);
    expect(vetted).toMatchObject({ ok: false, verdict: 'blocked', block: { kind: 'address' }, address, range: expect.any(String) });
    expect(!vetted.ok && blockReason(englishMessages(), vetted.block)).toBe(reason);
  });

  test('allowPrivate lets a private answer through', async () => {
    const outcome = await resolveTarget('private.test', opts());
    if (!outcome.ok) throw new Error(outcome.code);
    expect(vetAddresses(outcome.addresses, { allowPrivate: true, allowCidrs: [] })).toMatchObject({ ok: true });
  });

  test('an empty list is refused', () => {
    expect(vetAddresses([], STRICT)).toMatchObject({ ok: false, verdict: 'blocked' });
  });
});

describe('lookupPinned', () => {
  const pinned = lookupPinned([
    { address: '127.0.0.1', family: 4 },
    { address: '::1', family: 6 },
  ]);

  function call(hostname: string, options: object): Promise<{ err: NodeJS.ErrnoException | null; address: string | LookupAddress[]; family?: number }> {
    return new Promise((resolve) => {
      pinned(hostname, options, (err, address, family) => resolve({ err, address, family }));
    });
  }

  test('ignores the hostname and returns only the pinned addresses', async () => {
    expect(await call('evil.example', {})).toEqual({ err: null, address: '127.0.0.1', family: 4 });
    expect(await call('anything.else', { all: true })).toEqual({
      err: null,
      address: [
        { address: '127.0.0.1', family: 4 },
        { address: '::1', family: 6 },
      ],
      family: undefined,
    });
  });

  test('honours the family', async () => {
    expect(await call('x', { family: 6 })).toEqual({ err: null, address: '::1', family: 6 });
    expect(await call('x', { family: 'IPv4', all: true })).toEqual({ err: null, address: [{ address: '127.0.0.1', family: 4 }], family: undefined });
    const only4 = lookupPinned([{ address: '127.0.0.1', family: 4 }]);
    const result = await new Promise<NodeJS.ErrnoException | null>((resolve) => only4('x', { family: 6 }, (err) => resolve(err)));
    expect(result?.code).toBe('ENOTFOUND');
  });

  test('answers asynchronously', () => {
    let called = false;
    pinned('x', {}, () => {
      called = true;
    });
    expect(called).toBe(false);
  });

  test('net.connect uses it: a hostname that would resolve elsewhere reaches the pinned loopback address', async () => {
    const server = net.createServer((socket) => socket.end('pinned\n'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      const lookup = lookupPinned([{ address: '127.0.0.1', family: 4 }]);
      // The name is never resolved: the pinned lookup answers for it.
      const text = await new Promise<string>((resolve, reject) => {
        const socket = net.connect({ host: 'rebinding.invalid', port, lookup, autoSelectFamily: false }, () => undefined);
        let data = '';
        socket.on('data', (chunk) => (data += chunk.toString()));
        socket.on('end', () => resolve(data));
        socket.on('error', reject);
      });
      expect(text).toBe('pinned\n');
      // With autoSelectFamily (Node's default), lookup is called with all: true.
      const text2 = await new Promise<string>((resolve, reject) => {
        const socket = net.connect({ host: 'rebinding.invalid', port, lookup, autoSelectFamily: true });
        let data = '';
        socket.on('data', (chunk) => (data += chunk.toString()));
        socket.on('end', () => resolve(data));
        socket.on('error', reject);
      });
      expect(text2).toBe('pinned\n');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  test("undici's connect.lookup uses it too", async () => {
    const server = http.createServer((req, res) => res.end(`host header ${req.headers.host}`));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    const agent = new Agent({ connect: { lookup: lookupPinned([{ address: '127.0.0.1', family: 4 }]) } });
    try {
      const res = await request(`http://rebinding.invalid:${port}/`, { dispatcher: agent });
      expect(res.statusCode).toBe(200);
      expect(await res.body.text()).toBe(`host header rebinding.invalid:${port}`);
    } finally {
      await agent.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('localhost names (RFC 6761)', () => {
  it.each(['localhost', 'LOCALHOST.', 'panel.localhost'])('%s means this machine and is never sent to a DNS server', async (name) => {
    const dns = await startDnsServer({});
    try {
      const outcome = await resolveTarget(name, { servers: dns.servers, timeoutMs: 500 });
      expect(outcome.ok).toBe(true);
      if (outcome.ok) expect(outcome.addresses.map((a) => a.address).sort()).toEqual(['127.0.0.1', '::1']);
      expect(dns.queries).toHaveLength(0);
    } finally {
      await dns.close();
    }
  });
});
