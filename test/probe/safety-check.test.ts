/**
 * Safety through the real check path: forbidden targets in every notation, names resolving to
 * them, and a redirect to loopback each end as `blocked` (or, for the redirect, reported and not
 * followed) without a single connection. A loopback listener counts accepts; a connect guard
 * records every connect the process attempts and stops any that would leave this machine.
 */
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config';
import { checkOptionsFromConfig } from '../../src/check-options';
import { runCheck } from '../../src/probe/check';
import { installConnectGuard, type ConnectAttempt } from '../support/connect-guard';
import { startDnsServer, type TestDnsServer } from '../support/dns-server';
import { sentenceOf, notesOf } from '../support/check-words';

let listener: net.Server;
let port: number;
let accepts = 0;
let dns: TestDnsServer;
let guard: { attempts: ConnectAttempt[]; restore(): void };

beforeAll(async () => {
  listener = net.createServer((s) => {
    accepts++;
    s.destroy();
  });
  await new Promise<void>((r) => listener.listen(0, '127.0.0.1', r));
  port = (listener.address() as AddressInfo).port;
  dns = await startDnsServer({
    'loop.test': { A: ['127.0.0.1'] },
    'loop6.test': { AAAA: ['::1'] },
    'private.test': { A: ['10.0.0.1'] },
    'metadata.test': { A: ['169.254.169.254'] },
    'cgnat.test': { A: ['100.64.1.2'] },
    'mapped.test': { AAAA: ['::ffff:127.0.0.1'] },
    'ula.test': { AAAA: ['fd00::1'] },
    'linklocal6.test': { AAAA: ['fe80::1'] },
    'mixed.test': { A: ['127.0.0.2', '10.1.2.3'] },
    'rebind.test': { A: ['192.168.0.10'] },
  });
  guard = installConnectGuard();
});

afterAll(async () => {
  guard.restore();
  await dns.close();
  await new Promise((r) => listener.close(r));
});

function options(extra: Record<string, string> = {}) {
  return checkOptionsFromConfig(
    loadConfig({ PROBE_DNS_SERVERS: dns.servers.join(','), PROBE_DNS_TIMEOUT_MS: '1000', PROBE_TCP_TIMEOUT_MS: '1000', PROBE_DEADLINE_MS: '4000', ...extra }),
  );
}

const LOOPBACK_NOTATIONS = [
  '127.0.0.1', '127.1', '127.0.1', '2130706433', '0x7f000001', '0x7f.0.0.1', '0177.0.0.1', '0177.0.0.01', '017700000001', '127.255.255.254',
  'localhost', 'LOCALHOST', 'panel.localhost', '[::1]', '[0:0:0:0:0:0:0:1]', '[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '[64:ff9b::7f00:1]', '[2002:7f00:1::1]', '[::127.0.0.1]',
];
const OTHER_FORBIDDEN = [
  '0.0.0.0', '0', '[::]', '10.0.0.1', '10.255.255.254', '172.16.0.1', '172.31.255.254', '192.168.1.1', '100.64.0.1', '100.127.255.254',
  '169.254.169.254', '0xa9fea9fe', '2852039166', '169.254.0.1', '224.0.0.1', '239.255.255.250', '255.255.255.255', '240.0.0.1', '192.0.2.1', '198.51.100.7',
  '203.0.113.9', '198.18.0.1', '[fc00::1]', '[fd12:3456::1]', '[fe80::1]', '[fec0::1]', '[ff02::1]', '[2001:db8::1]', '[2001::1]', '[::ffff:10.0.0.1]',
  '[::ffff:169.254.169.254]', '[64:ff9b::a00:1]',
];
const NAMES = ['loop.test', 'loop6.test', 'private.test', 'metadata.test', 'cgnat.test', 'mapped.test', 'ula.test', 'linklocal6.test', 'mixed.test', 'rebind.test'];
const URL_FORMS = ['http://127.0.0.1:PORT/', 'https://[::1]:PORT/', 'http://169.254.169.254/latest/meta-data/', 'http://user:pw@10.0.0.1:PORT/player_api.php?username=a&password=b'];

const targets = [
  ...LOOPBACK_NOTATIONS.map((h) => `${h}:PORT`),
  ...OTHER_FORBIDDEN.map((h) => `${h}:PORT`),
  ...NAMES.map((h) => `${h}:PORT`),
  ...URL_FORMS,
];

describe('forbidden targets are blocked before any connection', () => {
  it('covers at least 50 attempts', () => {
    expect(targets.length).toBeGreaterThanOrEqual(50);
  });

  it.each(targets)('%s → blocked, no connection', async (raw) => {
    const input = raw.replace('PORT', String(port));
    const before = { accepts, attempts: guard.attempts.length };
    const result = await runCheck(input, options());
    expect(result.verdict).toBe('blocked');
    expect(sentenceOf(result).length).toBeGreaterThan(20);
    expect(result.stages.some((s) => s.name === 'tcp')).toBe(false);
    expect(result.alternatives).toEqual([]);
    expect(guard.attempts.slice(before.attempts)).toEqual([]);
    expect(accepts).toBe(before.accepts);
    expect(JSON.stringify(result)).not.toContain('pw@');
  });
});

describe('redirects are reported, never followed', () => {
  it('a redirect to 127.0.0.1 from an allowed server is not followed', async () => {
    // 127.0.0.3 is allowed for this test only (PROBE_ALLOW_CIDRS); it redirects to the loopback listener.
    const redirector = http.createServer((_req, res) => {
      res.writeHead(302, { location: `http://127.0.0.1:${port}/admin` });
      res.end();
    });
    await new Promise<void>((r) => redirector.listen(0, '127.0.0.3', r));
    const rport = (redirector.address() as AddressInfo).port;
    try {
      const before = accepts;
      const result = await runCheck(`http://127.0.0.3:${rport}/`, options({ PROBE_ALLOW_CIDRS: '127.0.0.3/32' }));
      expect(result.verdict).toBe('ok');
      expect(notesOf(result).join(' ')).toMatch(/127\.0\.0\.1.*not followed|not followed.*127\.0\.0\.1/i);
      expect(accepts).toBe(before);
      expect(guard.attempts.filter((a) => a.port === port)).toEqual([]);
    } finally {
      await new Promise((r) => redirector.close(r));
    }
  });
});
