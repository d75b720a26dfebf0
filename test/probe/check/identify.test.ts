/**
 * Auto mode on a port with no known protocol (a bare 127.0.0.1:<ephemeral port>): after the TCP
 * connect, what answered? Real servers on loopback: accept-then-FIN, accept-then-RST, silent,
 * an SSH banner, TLS, HTTP, a MySQL greeting (binary) and MySQL's "host not allowed" packet.
 */
import { runCheck, type CheckOptions } from '../../../src/probe/check';
import { httpStatusOf, recogniseBanner } from '../../../src/probe/identify';
import { articleFor } from '../../../src/probe/verdicts';
import { policyFromConfig } from '../../../src/check-options';
import type { CheckResult } from '../../../src/probe/types';
import { bannerServer, certificates, resetServer, silentServer, statusServer, tcpServer, tlsServer } from '../../support/servers';
import { closeAfterEach } from '../../support/close-after-each';
import { sentenceOf, detailOf } from '../../support/check-words';

jest.setTimeout(20000);

const ALLOW_LOOPBACK = policyFromConfig({ PROBE_ALLOW_PRIVATE: true, PROBE_ALLOW_CIDRS: [] });

function options(extra: Partial<CheckOptions> = {}): CheckOptions {
  return {
    protocol: 'auto',
    policy: ALLOW_LOOPBACK,
    timeouts: { dnsMs: 1000, tcpMs: 1500, tlsMs: 1500, httpMs: 1500, deadlineMs: 8000, bannerMs: 500 },
    maxBytes: 65536,
    alternativePorts: [],
    ...extra,
  };
}

const keep = closeAfterEach();

const serviceStage = (r: CheckResult) => r.stages.find((s) => s.name === 'service');

/** A MySQL 8 handshake packet (protocol 10): header (length, sequence 0), version, thread id, salt… */
function mysqlGreeting(version = '8.0.36'): Buffer {
  const payload = Buffer.concat([
    Buffer.from([0x0a]),
    Buffer.from(`${version}\0`, 'latin1'),
    Buffer.from([0x2a, 0, 0, 0]), // thread id
    Buffer.from('abcdefgh\0', 'latin1'), // salt part 1 + filler
    Buffer.from([0xff, 0xf7, 0xff, 0x02, 0x00, 0xff, 0xdf, 0x15]),
    Buffer.alloc(10),
    Buffer.from('ijklmnopqrst\0mysql_native_password\0', 'latin1'),
  ]);
  const header = Buffer.from([payload.length & 0xff, (payload.length >> 8) & 0xff, 0, 0]);
  return Buffer.concat([header, payload]);
}

function mysqlHostNotAllowed(): Buffer {
  const message = "Host '203.0.113.7' is not allowed to connect to this MySQL server";
  const payload = Buffer.concat([Buffer.from([0xff, 0x6a, 0x04]), Buffer.from(message, 'latin1')]);
  return Buffer.concat([Buffer.from([payload.length, 0, 0, 0]), payload]);
}

describe('auto mode on a port with no known protocol', () => {
  it('accept then FIN before any byte → closed-on-accept, with its article, never ok', async () => {
    const server = await keep(tcpServer((s) => s.end()));
    const result = await runCheck(`127.0.0.1:${server.port}`, options());
    expect(result).toMatchObject({ verdict: 'closed-on-accept', article: 'connection-closed-on-accept', service: { kind: 'closed' } });
    expect(serviceStage(result)).toMatchObject({ ok: false });
    expect(detailOf(serviceStage(result)!)).toBe('closed by the server (FIN) at once, before sending anything');
    expect(sentenceOf(result)).toMatch(/accepted the connection on port \d+, then closed it at once, before sending anything/);
  });

  it('accept then RST (before any byte) → reset during the service step', async () => {
    // 50 ms: late enough for the TCP stage's connect to count as a success, before any byte.
    const server = await keep(resetServer(50));
    const result = await runCheck(`127.0.0.1:${server.port}`, options());
    expect(result).toMatchObject({ verdict: 'reset', article: 'connection-reset', service: { kind: 'reset' } });
    expect(serviceStage(result)).toMatchObject({ ok: false });
    expect(detailOf(serviceStage(result)!)).toBe('reset by the server (RST) at once, before sending anything');
    expect(sentenceOf(result)).toMatch(/then cut it \(reset during the SERVICE step\)/);
  });

  it('silent (no banner, no TLS, no HTTP answer) → silent, with its article', async () => {
    const server = await keep(silentServer());
    const result = await runCheck(`127.0.0.1:${server.port}`, options());
    expect(result).toMatchObject({ verdict: 'silent', article: 'port-silent', service: { kind: 'silent', bannerMs: 500 } });
    expect(serviceStage(result)).toMatchObject({ ok: false });
    expect(detailOf(serviceStage(result)!)).toBe('sent nothing within 500 ms, and answered neither a TLS handshake nor an HTTP request');
    expect(sentenceOf(result)).toMatch(/is open but silent/);
    // Three looks: the TCP stage, the banner wait, then TLS and HTTP in parallel.
    expect(server.accepted()).toBe(4);
  });

  it('an SSH banner → ok, speaks SSH, banner kept', async () => {
    const server = await keep(bannerServer());
    const result = await runCheck(`127.0.0.1:${server.port}`, options());
    expect(result).toMatchObject({ verdict: 'ok', article: null, service: { kind: 'banner', name: 'ssh', banner: 'SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13' } });
    expect(sentenceOf(result)).toBe(`Port ${server.port} on 127.0.0.1 answers: it speaks SSH ("SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13"). Use that protocol's own client or app on this port.`);
    expect(serviceStage(result)).toMatchObject({ ok: true });
  });

  it('a MySQL greeting (binary) → speaks MySQL, version shown', async () => {
    const server = await keep(tcpServer((s) => s.write(mysqlGreeting())));
    const result = await runCheck(`127.0.0.1:${server.port}`, options());
    expect(result).toMatchObject({ verdict: 'ok', service: { kind: 'banner', name: 'mysql', banner: '8.0.36' } });
    expect(detailOf(serviceStage(result)!)).toBe('speaks MySQL / MariaDB ("8.0.36")');
  });

  it("MySQL's \"host not allowed\" error packet → speaks MySQL, the refusal shown", async () => {
    const server = await keep(tcpServer((s) => s.end(mysqlHostNotAllowed())));
    const result = await runCheck(`127.0.0.1:${server.port}`, options());
    expect(result.service).toMatchObject({ kind: 'banner', name: 'mysql' });
    expect(result.service!.banner).toMatch(/^Host '203\.0\.113\.7' is not allowed to connect/);
  });

  it('TLS → ok, speaks TLS, with the certificate summary', async () => {
    const certs = await certificates();
    const server = await keep(tlsServer(certs.valid, () => undefined));
    const result = await runCheck(`127.0.0.1:${server.port}`, options({ ca: [certs.ca.cert] }));
    expect(result).toMatchObject({ verdict: 'ok', service: { kind: 'tls' }, certificate: { subject: certs.name } });
    expect(detailOf(serviceStage(result)!)).toBe(`speaks TLS, certificate for ${certs.name} by netmedic test CA`);
    expect(sentenceOf(result)).toMatch(/answers with TLS \(certificate for panel\.netmedic\.test\)/);
  });

  it('HTTP → the status; a 503 is an http-status verdict with the 5xx article', async () => {
    const ok = await keep(statusServer(200, 'hi'));
    const r1 = await runCheck(`127.0.0.1:${ok.port}`, options());
    expect(r1).toMatchObject({ verdict: 'ok', httpStatus: 200, service: { kind: 'http', httpStatus: 200 } });
    expect(ok.requests).toEqual(['GET /']);

    const failing = await keep(statusServer(503, 'down'));
    const r2 = await runCheck(`127.0.0.1:${failing.port}`, options());
    expect(r2).toMatchObject({ verdict: 'http-status', article: 'http-5xx', httpStatus: 503, service: { kind: 'http', httpStatus: 503 } });
  });

  it('an explicit TCP check is still only a connect', async () => {
    const server = await keep(tcpServer((s) => s.end()));
    const result = await runCheck(`127.0.0.1:${server.port}`, options({ protocol: 'tcp' }));
    expect(result.verdict).toBe('ok');
    expect(result.service).toBeUndefined();
    expect(server.accepted()).toBe(1);
  });
});

describe('recogniseBanner', () => {
  it.each([
    ['220 mail.example.net ESMTP Postfix\r\n', 'smtp'],
    ['220 (vsFTPd 3.0.5)\r\n', 'ftp'],
    ['220 Welcome\r\n', 'smtp-or-ftp'],
    ['+OK Dovecot ready.\r\n', 'pop3'],
    ['* OK [CAPABILITY IMAP4rev1] Dovecot ready.\r\n', 'imap'],
    ['RFB 003.008\n', 'vnc'],
    ['-DENIED Redis is running in protected mode\r\n', 'redis'],
    ['SSH-2.0-dropbear\r\n', 'ssh'],
    ['\x00\x01garbage', 'unknown'],
  ])('%j → %s', (text, name) => {
    expect(recogniseBanner(Buffer.from(text, 'latin1')).name).toBe(name);
  });

  it('reads HTTP status lines', () => {
    expect(httpStatusOf('HTTP/1.1 404 Not Found')).toBe(404);
    expect(httpStatusOf('HTTP/2 200')).toBe(200);
    expect(httpStatusOf('SSH-2.0')).toBeNull();
  });
});

describe('the new verdicts map to shipped articles', () => {
  it('silent → port-silent, closed-on-accept → connection-closed-on-accept, both in knowledge/', async () => {
    const { loadKnowledgeBase, defaultKnowledgeDir } = await import('../../../src/knowledge/load.js');
    const loaded = await loadKnowledgeBase(defaultKnowledgeDir());
    if (!('kb' in loaded)) throw new Error('the shipped knowledge base does not load');
    for (const [verdict, id] of [
      ['silent', 'port-silent'],
      ['closed-on-accept', 'connection-closed-on-accept'],
    ] as const) {
      expect(articleFor(verdict)).toBe(id);
      expect(loaded.kb.article(id)?.id).toBe(id);
    }
  });
});
