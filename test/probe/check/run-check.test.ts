/**
 * runCheck end to end on real loopback sockets: every server here listens on 127.0.0.1 and the
 * policy allows private addresses only where a test says so.
 */
import { runCheck, type CheckOptions } from '../../../src/probe/check';
import { policyFromConfig } from '../../../src/check-options';
import type { CheckResult, StageResult } from '../../../src/probe/types';
import {
  bannerServer,
  certificates,
  closedPort,
  httpServer,
  rawServer,
  resetServer,
  silentServer,
  statusServer,
  streamingServer,
  tcpServer,
  tlsServer,
  xtreamServer
} from '../../support/servers';
import { closeAfterEach } from '../../support/close-after-each';
import { scaled } from '../../support/timing';
import { alternativeOf, sentenceOf, notesOf, detailOf } from '../../support/check-words';

const ALLOW_LOOPBACK = policyFromConfig({ PROBE_ALLOW_PRIVATE: true, PROBE_ALLOW_CIDRS: [] });
const PUBLIC_ONLY = policyFromConfig({ PROBE_ALLOW_PRIVATE: false, PROBE_ALLOW_CIDRS: [] });

function options(extra: Partial<CheckOptions> = {}): CheckOptions {
  return {
    protocol: 'auto',
    policy: ALLOW_LOOPBACK,
    // Limits, not expectations: scaled so a loaded machine does not turn an answer into a timeout.
    timeouts: { dnsMs: scaled(1000), tcpMs: scaled(1500), tlsMs: scaled(2000), httpMs: scaled(2000), deadlineMs: scaled(8000) },
    maxBytes: 65536,
    alternativePorts: [],
    ...extra,
  };
}

const keep = closeAfterEach();

function stage(result: CheckResult, name: StageResult['name']) {
  return result.stages.find((s) => s.name === name);
}

jest.setTimeout(scaled(20000));

describe('runCheck: connection verdicts', () => {
  it('open port → ok (tcp)', async () => {
    const server = await keep(tcpServer((s) => s.end()));
    const result = await runCheck(`127.0.0.1:${server.port}`, options({ protocol: 'tcp' }));
    expect(result.verdict).toBe('ok');
    expect(result.article).toBeNull();
    expect(sentenceOf(result)).toBe(`Port ${server.port} on 127.0.0.1 accepts connections (IPv4).`);
    expect(result.stages.map((s) => [s.name, s.ok])).toEqual([
      ['dns', true],
      ['tcp', true],
    ]);
    expect(result.addresses).toEqual([{ address: '127.0.0.1', family: 4 }]);
    const tcp = stage(result, 'tcp')!;
    expect(tcp.name === 'tcp' && tcp.family).toBe(4);
    expect(tcp.facts).toEqual({ kind: 'connected', address: '127.0.0.1', family: 4, port: server.port });
    expect(result.facts).toEqual({ verdict: 'ok', host: '127.0.0.1', port: server.port, answer: { kind: 'tcp', family: 4 } });
  });

  it('closed port → refused, with the article and sentence', async () => {
    const port = await closedPort();
    const result = await runCheck(`127.0.0.1:${port}`, options({ protocol: 'tcp' }));
    expect(result).toMatchObject({ verdict: 'refused', article: 'connection-refused' });
    expect(sentenceOf(result)).toBe(`Port ${port} on 127.0.0.1 refused the connection: nothing is listening there, or a firewall rejects it.`);
    expect(stage(result, 'tcp')).toMatchObject({ ok: false, facts: { kind: 'failed', address: '127.0.0.1', port, failure: { verdict: 'refused', code: 'ECONNREFUSED', kind: 'refused' } } });
    expect(result.facts).toEqual({ verdict: 'refused', host: '127.0.0.1', port, stage: 'tcp' });
    expect(result.alternatives).toEqual([]);
  });

  it('accept then RST at once → reset (TCP or HTTP stage, depending on timing)', async () => {
    const server = await keep(resetServer());
    const result = await runCheck(`http://127.0.0.1:${server.port}/`, options());
    expect(result).toMatchObject({ verdict: 'reset', article: 'connection-reset' });
  });

  it('accept, then RST while the request waits → reset (during HTTP)', async () => {
    const server = await keep(resetServer(50));
    const result = await runCheck(`http://127.0.0.1:${server.port}/`, options());
    expect(result).toMatchObject({ verdict: 'reset', article: 'connection-reset' });
    expect(stage(result, 'tcp')!.ok).toBe(true);
    expect(stage(result, 'http')!.ok).toBe(false);
  });

  it('accept and never answer → timeout in the HTTP stage (small timeout)', async () => {
    const server = await keep(silentServer());
    // The sentence names the HTTP limit (not the deadline): the HTTP timeout is what fired.
    const result = await runCheck(`http://127.0.0.1:${server.port}/`, options({ timeouts: { dnsMs: scaled(500), tcpMs: scaled(500), tlsMs: scaled(500), httpMs: 400, deadlineMs: scaled(5000) } }));
    expect(result).toMatchObject({ verdict: 'timeout', article: 'connection-timeout' });
    expect(result.facts).toEqual({ verdict: 'timeout', host: '127.0.0.1', port: server.port, stage: 'http', timeoutMs: 400, deadline: false });
    expect(sentenceOf(result)).toContain('sent no HTTP answer within 400 ms');
  });

  it('honours the overall deadline even when every stage timeout is longer', async () => {
    const server = await keep(silentServer());
    const partials: CheckResult[] = [];
    const result = await runCheck(
      `http://127.0.0.1:${server.port}/`,
      options({ timeouts: { dnsMs: 5000, tcpMs: 5000, tlsMs: 5000, httpMs: 10000, deadlineMs: 600 } }),
      (p) => partials.push(p),
    );
    // "ran out of time" is the deadline's sentence: the 10 s HTTP limit did not decide.
    // (How close to 600 ms it stops is measured by `npm run bench`, not asserted here.)
    expect(result.verdict).toBe('timeout');
    expect(result.facts).toMatchObject({ verdict: 'timeout', deadline: true, timeoutMs: 600 });
    expect(sentenceOf(result)).toMatch(/ran out of time/);
    expect(sentenceOf(result)).not.toContain('within 10 s');
    expect(partials.length).toBeGreaterThanOrEqual(2);
  });
});

describe('runCheck: HTTP verdicts', () => {
  it('200 → ok with status and server', async () => {
    const server = await keep(statusServer(200, 'hi'));
    const result = await runCheck(`http://127.0.0.1:${server.port}/health`, options());
    expect(result).toMatchObject({ verdict: 'ok', httpStatus: 200, article: null });
    expect(server.requests).toEqual(['GET /health']);
    expect(detailOf(stage(result, 'http')!)).toContain('server: test-server/1.0');
  });

  it('301 → ok, redirect reported as a note and not followed', async () => {
    const landing = await keep(statusServer(200));
    const server = await keep(statusServer(301, '', { location: `http://127.0.0.1:${landing.port}/moved` }));
    const result = await runCheck(`http://127.0.0.1:${server.port}/`, options());
    expect(result).toMatchObject({ verdict: 'ok', httpStatus: 301 });
    expect(result.notes).toEqual([{ kind: 'redirect', location: `http://127.0.0.1:${landing.port}/moved` }]);
    expect(notesOf(result)).toContain(`Redirects to http://127.0.0.1:${landing.port}/moved; not followed.`);
    await new Promise((r) => setTimeout(r, 100));
    expect(landing.accepted()).toBe(0);
  });

  it.each([
    [403, 'http-forbidden'],
    [404, 'http-404'],
    [429, 'http-429'],
    [503, 'http-5xx'],
  ])('%i → http-status (%s)', async (status, article) => {
    const server = await keep(statusServer(status));
    const result = await runCheck(`http://127.0.0.1:${server.port}/x`, options());
    expect(result).toMatchObject({ verdict: 'http-status', httpStatus: status, article });
    expect(sentenceOf(result)).toContain(`HTTP ${status}`);
  });

  it('SSH banner → not-http', async () => {
    const server = await keep(bannerServer());
    const result = await runCheck(`http://127.0.0.1:${server.port}/`, options());
    expect(result.verdict).toBe('not-http');
    expect(sentenceOf(result)).toContain('speaks SSH');
  });

  it('raw bytes → not-http', async () => {
    const server = await keep(rawServer(Buffer.from('\x00\x01garbage\xff\r\n', 'latin1')));
    const result = await runCheck(`http://127.0.0.1:${server.port}/`, options());
    expect(result.verdict).toBe('not-http');
  });

  it('reads at most maxBytes of a 10 MB answer', async () => {
    const server = await keep(streamingServer(10 * 1024 * 1024));
    const result = await runCheck(`http://127.0.0.1:${server.port}/big`, options({ maxBytes: 65536 }));
    expect(result).toMatchObject({ verdict: 'ok', httpStatus: 200 });
    expect(detailOf(stage(result, 'http')!)).toContain('stopped reading after 65536 bytes');
    await new Promise((r) => setTimeout(r, 200));
    expect(server.finished()).toBe(false);
  });
});

describe('runCheck: TLS verdicts', () => {
  it.each([
    ['expired', 'expired'],
    ['notYetValid', 'not-yet-valid'],
    ['selfSigned', 'self-signed'],
    ['wrongName', 'name-mismatch'],
  ] as const)('%s certificate → tls-certificate (%s)', async (which, reason) => {
    const certs = await certificates();
    const server = await keep(tlsServer(certs[which]));
    const result = await runCheck(`https://127.0.0.1:${server.port}/`, options({ ca: [certs.ca.cert] }));
    expect(result).toMatchObject({ verdict: 'tls-certificate', article: 'tls-certificate' });
    expect(result.certificate?.problem).toBe(reason);
    expect(stage(result, 'tls')!.ok).toBe(false);
    expect(stage(result, 'http')).toBeUndefined();
  });

  it('valid chain with the test CA → ok over HTTPS', async () => {
    const certs = await certificates();
    const server = await keep(tlsServer(certs.valid));
    const result = await runCheck(`https://127.0.0.1:${server.port}/`, options({ ca: [certs.ca.cert] }));
    expect(result).toMatchObject({ verdict: 'ok', httpStatus: 200 });
    expect(result.certificate).toMatchObject({ issuer: 'netmedic test CA' });
    expect(result.stages.map((s) => s.name)).toEqual(['dns', 'tcp', 'tls', 'http']);
  });

  it('plain HTTP on an https:// check → tls-protocol, "use http://"', async () => {
    const server = await keep(statusServer(200));
    const result = await runCheck(`https://127.0.0.1:${server.port}/`, options());
    expect(result).toMatchObject({ verdict: 'tls-protocol', article: 'tls-protocol' });
    expect(sentenceOf(result)).toContain('speaks plain HTTP');
    expect(sentenceOf(result)).toContain(`use http://127.0.0.1:${server.port}`);
  });

  it('TLS on an http:// check → tls-protocol, "use https://"', async () => {
    const certs = await certificates();
    const server = await keep(tlsServer(certs.selfSigned));
    const result = await runCheck(`http://127.0.0.1:${server.port}/`, options());
    expect(result.verdict).toBe('tls-protocol');
    expect(sentenceOf(result)).toContain(`use https://127.0.0.1:${server.port}`);
  });
});

describe('runCheck: Xtream', () => {
  it.each([0, '0', false])('panel answering auth %p → ok with the panel detail', async (auth) => {
    const server = await keep(xtreamServer(auth));
    const result = await runCheck(`http://user:secret@127.0.0.1:${server.port}/player_api.php?username=me&password=pw`, options());
    expect(result.verdict).toBe('ok');
    expect(detailOf(stage(result, 'xtream')!)).toMatch(/^Xtream panel answers \(auth: .* without credentials\)/);
    // Never any credentials on the wire.
    expect(server.requests).toEqual(['GET /player_api.php']);
    expect(server.headers[0]!.authorization).toBeUndefined();
    expect(result.target!.display).not.toMatch(/secret|me&|pw/);
    expect(result.notes[0]).toEqual({ kind: 'credentials-removed' });
    expect(result.facts).toEqual({ verdict: 'ok', host: '127.0.0.1', port: server.port, answer: { kind: 'xtream' } });
    expect(stage(result, 'xtream')!.facts).toMatchObject({ kind: 'answer', answer: { panel: true, denied: true } });
    expect(notesOf(result)[0]).toMatch(/^Don't paste passwords in a channel/);
  });

  it('HTML at player_api.php → no panel (http-status, real status kept)', async () => {
    const server = await keep(
      httpServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!doctype html><html><body>Welcome to nginx</body></html>');
      }),
    );
    const result = await runCheck(`127.0.0.1:${server.port}`, options({ protocol: 'xtream' }));
    expect(result).toMatchObject({ verdict: 'http-status', httpStatus: 200, article: 'iptv-xtream' });
    expect(result.notes).toContainEqual({ kind: 'no-xtream-panel' });
    expect(result.facts).toMatchObject({ verdict: 'http-status', protocol: 'xtream', status: 200, xtream: { panel: false, why: 'html', status: 200 } });
    expect(notesOf(result)).toContain('No Xtream panel at this URL: /player_api.php did not answer like a panel.');
    expect(sentenceOf(result)).toContain('no Xtream panel');
  });

  it('404 at player_api.php → http-status 404', async () => {
    const server = await keep(statusServer(404, 'not found'));
    const result = await runCheck(`127.0.0.1:${server.port}`, options({ protocol: 'xtream' }));
    expect(result).toMatchObject({ verdict: 'http-status', httpStatus: 404, article: 'http-404' });
  });
});

describe('runCheck: alternatives and safety', () => {
  it('refused port with another (injected) port open reports it', async () => {
    const port = await closedPort();
    const other = await keep(statusServer(200));
    const closedToo = await closedPort();
    const result = await runCheck(`http://127.0.0.1:${port}/`, options({ alternativePorts: [other.port, closedToo, port] }));
    expect(result.verdict).toBe('refused');
    expect(result.alternatives).toEqual([
      { port: other.port, open: true, facts: { kind: 'open', answer: 'http', status: 200 } },
      { port: closedToo, open: false, facts: { kind: 'refused' } },
    ]);
    expect(result.facts).toEqual({ verdict: 'refused', host: '127.0.0.1', port, stage: 'tcp' });
    expect(result.alternatives.map(alternativeOf)).toEqual(['answers (HTTP 200)', 'refused']);
  });

  it('no alternatives for an explicit TCP check', async () => {
    const port = await closedPort();
    const other = await keep(tcpServer());
    const result = await runCheck(`127.0.0.1:${port}`, options({ protocol: 'tcp', alternativePorts: [other.port] }));
    expect(result.alternatives).toEqual([]);
    expect(other.accepted()).toBe(0);
  });

  it('a blocked address opens no connection at all', async () => {
    const server = await keep(tcpServer());
    const result = await runCheck(`http://127.0.0.1:${server.port}/`, options({ policy: PUBLIC_ONLY, alternativePorts: [server.port + 1] }));
    expect(result).toMatchObject({ verdict: 'blocked', article: null });
    expect(result.facts).toEqual({ verdict: 'blocked', host: '127.0.0.1', block: { kind: 'address', address: '127.0.0.1', range: 'loopback', what: 'loopback' }, privateHint: true });
    expect(sentenceOf(result)).toMatch(/^I won't check 127\.0\.0\.1: 127\.0\.0\.1 is a loopback address\. /);
    expect(result.stages.map((s) => s.name)).toEqual(['dns']);
    await new Promise((r) => setTimeout(r, 50));
    expect(server.accepted()).toBe(0);
  });

  it('notes an assumed port (checked here without connecting: blocked policy)', async () => {
    const result = await runCheck('127.0.0.1', options({ policy: PUBLIC_ONLY }));
    expect(result.verdict).toBe('blocked');
    expect(result.notes).toContainEqual({ kind: 'port-assumed', port: 80, scheme: 'http' });
    expect(notesOf(result)).toContain('No port given: I checked port 80, the default for http://.');
  });

  it('unparseable input → invalid', async () => {
    const result = await runCheck('ht!tp://', options());
    expect(result).toMatchObject({ verdict: 'invalid', target: null, article: null, stages: [], facts: { verdict: 'invalid', problem: { code: expect.any(String) } } });
    expect(sentenceOf(result)).toMatch(/^I couldn't read that as a server to check: /);
  });

  it('reports progress after every stage, and a final result that matches the last progress', async () => {
    const server = await keep(statusServer(200));
    const partials: CheckResult[] = [];
    const result = await runCheck(`http://127.0.0.1:${server.port}/`, options(), (p) => partials.push(p));
    expect(partials.map((p) => p.stages.length)).toEqual([0, 1, 2]);
    expect(result.stages).toHaveLength(3);
  });
});
