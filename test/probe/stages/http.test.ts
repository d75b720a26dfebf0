import type { TLSSocket } from 'node:tls';
import { ProbeDeadlineError } from '../../../src/probe/classify';
import { httpStage, type HttpStageOptions } from '../../../src/probe/http';
import type { ResolvedAddress } from '../../../src/probe/types';
import {
  bannerServer,
  certificates,
  httpServer,
  httpsServer,
  rawServer,
  resetServer,
  silentServer,
  statusServer,
  streamingServer,
  tlsServer
} from '../../support/servers';
import { closeAfterEach } from '../../support/close-after-each';
import { scaled } from '../../support/timing';
import { httpDetailOf } from '../../support/check-words';

const V4: ResolvedAddress = { address: '127.0.0.1', family: 4 };
const keep = closeAfterEach();

function opts(port: number, extra: Partial<HttpStageOptions> = {}): HttpStageOptions {
  return { address: V4, port, host: 'play.netmedic.test', isIp: false, tls: false, path: '/', maxBytes: 65536, timeoutMs: 3000, detectTls: true, ...extra };
}

describe('HTTP stage (real sockets on 127.0.0.1)', () => {
  jest.setTimeout(scaled(20000));

  it('200: status, server header, time to first byte; Host is the name, connection the vetted address', async () => {
    const server = await keep(statusServer(200, 'hello'));
    const out = await httpStage(opts(server.port, { path: '/status?x=1' }));
    expect(out).toMatchObject({ ok: true, status: 200, server: 'test-server/1.0' });
    expect(out.ttfbMs).toBeGreaterThanOrEqual(0);
    expect(httpDetailOf(out)).toMatch(/^HTTP 200 OK in \d+ ms, server: test-server\/1\.0/);
    expect(server.requests).toEqual(['GET /status?x=1']);
    expect(server.headers[0]!.host).toBe(`play.netmedic.test:${server.port}`);
  });

  it('301 is reported, never followed', async () => {
    const target = await keep(statusServer(200, 'landing'));
    const server = await keep(statusServer(301, '', { location: `http://127.0.0.1:${target.port}/elsewhere` }));
    const out = await httpStage(opts(server.port));
    expect(out).toMatchObject({ ok: true, status: 301, location: `http://127.0.0.1:${target.port}/elsewhere` });
    expect(httpDetailOf(out)).toContain('not followed');
    await new Promise((r) => setTimeout(r, 100));
    expect(target.accepted()).toBe(0);
    expect(target.requests).toEqual([]);
  });

  it.each([403, 404, 429, 503])('%i → not ok with the status', async (status) => {
    const server = await keep(statusServer(status, 'nope'));
    const out = await httpStage(opts(server.port));
    expect(out).toMatchObject({ ok: false, status });
    expect(out.failure).toBeUndefined();
  });

  it('a server that accepts and never answers → timeout', async () => {
    const server = await keep(silentServer());
    const out = await httpStage(opts(server.port, { timeoutMs: 300, detectTls: false }));
    expect(out.failure?.verdict).toBe('timeout');
    expect(httpDetailOf(out)).toBe('connected, but no HTTP answer within 300 ms');
  });

  it('a reset after accept → reset', async () => {
    const server = await keep(resetServer());
    const out = await httpStage(opts(server.port));
    expect(out.failure?.verdict).toBe('reset');
  });

  it('an SSH banner → not-http, with the banner', async () => {
    const server = await keep(bannerServer());
    const out = await httpStage(opts(server.port));
    expect(out.failure?.verdict).toBe('not-http');
    expect(out.spoke).toBe('ssh');
    expect(httpDetailOf(out)).toContain('SSH-2.0-OpenSSH_9.6p1');
  });

  it('raw bytes → not-http', async () => {
    const server = await keep(rawServer(Buffer.from([0x00, 0x01, 0x02, 0xff, 0x10, 0x20, 0x0a])));
    const out = await httpStage(opts(server.port));
    expect(out.failure?.verdict).toBe('not-http');
  });

  it('TLS on a plain-HTTP check → tls-protocol (the port speaks TLS)', async () => {
    const certs = await certificates();
    const server = await keep(tlsServer(certs.selfSigned));
    const out = await httpStage(opts(server.port));
    expect(out.spoke).toBe('tls');
    expect(out.failure?.verdict).toBe('tls-protocol');
    expect(out.failure?.code).toBe('TLS_ON_PLAIN_PORT');
  });

  it('HTTPS through the pinned connector with SNI = hostname', async () => {
    const certs = await certificates();
    let sni: string | undefined;
    const server = await keep(
      httpsServer(certs.valid, (req, res) => {
        sni = (req.socket as TLSSocket).servername || undefined;
        res.writeHead(204);
        res.end();
      }),
    );
    const out = await httpStage(opts(server.port, { tls: true, host: certs.name, ca: [certs.ca.cert] }));
    expect(out).toMatchObject({ ok: true, status: 204 });
    expect(sni).toBe(certs.name);
  });

  it('reads at most maxBytes of a 10 MB body, then stops', async () => {
    const server = await keep(streamingServer(10 * 1024 * 1024));
    const out = await httpStage(opts(server.port, { maxBytes: 65536, keepBody: true }));
    expect(out).toMatchObject({ ok: true, status: 200, truncated: true });
    expect(out.body!.length).toBe(65536);
    expect(out.bytesRead).toBeGreaterThanOrEqual(65536);
    expect(out.bytesRead).toBeLessThanOrEqual(65536 + 64 * 1024);
    await new Promise((r) => setTimeout(r, 200));
    expect(server.finished()).toBe(false);
    expect(server.written()).toBeLessThan(10 * 1024 * 1024);
  });

  it('honours the abort signal (overall deadline)', async () => {
    const server = await keep(silentServer());
    const controller = new AbortController();
    // Aborted the way runCheck aborts at its deadline; the detail says the deadline (not the
    // stage's own 60 s limit) ended it.
    setTimeout(() => controller.abort(new ProbeDeadlineError(150)), 150);
    const out = await httpStage(opts(server.port, { timeoutMs: 60_000, signal: controller.signal }));
    expect(out.failure?.verdict).toBe('timeout');
    expect(httpDetailOf(out)).toBe('stopped: the overall deadline was reached');
  });

  it('HEAD works too', async () => {
    const server = await keep(httpServer((req, res) => { res.writeHead(200, { 'x-method': req.method ?? '' }); res.end(); }));
    const out = await httpStage(opts(server.port, { method: 'HEAD' }));
    expect(out.status).toBe(200);
    expect(server.requests).toEqual(['HEAD /']);
  });
});
