import { tcpStage, connectOnce, sniffPort } from '../../../src/probe/tcp';
import { tlsStage, speaksTls } from '../../../src/probe/tls';
import type { ResolvedAddress } from '../../../src/probe/types';
import {
  bannerServer,
  certificates,
  closedPort,
  resetServer,
  silentServer,
  statusServer,
  tcpServer,
  tlsServer
} from '../../support/servers';
import { closeAfterEach } from '../../support/close-after-each';
import { scaled } from '../../support/timing';
import { detailOf, failureOf, tlsDetailOf } from '../../support/check-words';

const V4: ResolvedAddress = { address: '127.0.0.1', family: 4 };
const keep = closeAfterEach();

describe('TCP stage (real sockets on 127.0.0.1)', () => {
  it('connects to an open port and says which family', async () => {
    const server = await keep(tcpServer((s) => s.end()));
    const out = await tcpStage([V4, { address: '127.0.0.2', family: 4 }], server.port, { timeoutMs: 2000 });
    expect(out.address).toEqual(V4);
    expect(out.failure).toBeNull();
    expect(out.stages).toHaveLength(1);
    expect(out.stages[0]).toMatchObject({ name: 'tcp', ok: true, family: 4 });
    expect(out.stages[0]!.facts).toMatchObject({ family: 4 });
    expect(detailOf(out.stages[0]!)).toContain('IPv4');
    expect(server.accepted()).toBe(1);
  });

  it('reports refused on a closed port', async () => {
    const port = await closedPort();
    const out = await tcpStage([V4], port, { timeoutMs: 2000 });
    expect(out.address).toBeNull();
    expect(out.failure).toMatchObject({ verdict: 'refused', code: 'ECONNREFUSED' });
    expect(out.stages[0]).toMatchObject({ ok: false });
  });

  it('stops at the overall deadline (abort signal)', async () => {
    const port = await closedPort();
    const controller = new AbortController();
    controller.abort(new Error('gone'));
    const out = await connectOnce(V4, port, { timeoutMs: 2000, signal: controller.signal });
    expect(out.ok).toBe(false);
  });

  it('sniffs an SSH banner and an HTTP answer', async () => {
    const ssh = await keep(bannerServer());
    const web = await keep(statusServer(200, 'hi'));
    await expect(sniffPort(V4, ssh.port, { timeoutMs: 1000 })).resolves.toMatchObject({ kind: 'ssh' });
    await expect(sniffPort(V4, web.port, { timeoutMs: 1000, payload: 'HEAD / HTTP/1.0\r\n\r\n' })).resolves.toMatchObject({ kind: 'http' });
    const silent = await keep(silentServer());
    await expect(sniffPort(V4, silent.port, { timeoutMs: 200 })).resolves.toMatchObject({ kind: 'silent' });
  });
});

describe('TLS stage (generated certificates)', () => {
  jest.setTimeout(scaled(20000));

  async function run(pem: { key: string; cert: string }, host: string, isIp: boolean, ca?: string[]) {
    const server = await keep(tlsServer(pem));
    return tlsStage({ address: V4, port: server.port, host, isIp, timeoutMs: 3000, ca });
  }

  it('accepts a valid chain when the test CA is trusted', async () => {
    const certs = await certificates();
    const out = await run(certs.valid, certs.name, false, [certs.ca.cert]);
    expect(out.failure).toBeUndefined();
    expect(out.ok).toBe(true);
    expect(out.certificate).toMatchObject({ subject: certs.name, issuer: 'netmedic test CA' });
    expect(out.certificate!.daysLeft).toBeGreaterThanOrEqual(18);
    expect(out.certificate!.protocol).toMatch(/^TLSv1\.[23]$/);
    expect(out.certificate!.altNames).toContain(certs.name);
  });

  it('checks an IP literal against the IP SANs (no SNI)', async () => {
    const certs = await certificates();
    const out = await run(certs.valid, '127.0.0.1', true, [certs.ca.cert]);
    expect(out.ok).toBe(true);
  });

  it('a server that leaves out its intermediate certificate → tls-certificate (unknown issuer, missing intermediate)', async () => {
    const certs = await certificates();
    const out = await run(certs.missingIntermediate, certs.name, false, [certs.ca.cert]);
    expect(out.ok).toBe(false);
    expect(out.failure).toMatchObject({ verdict: 'tls-certificate', reason: 'unknown-issuer' });
    expect(out.failure).toMatchObject({ verdict: 'tls-certificate', kind: 'certificate', reason: 'unknown-issuer' });
    expect(failureOf(out.failure!)).toMatch(/missing intermediate/);
    expect(out.certificate).toMatchObject({ subject: certs.name, issuer: 'netmedic test intermediate' });
  });

  it('the same leaf with its intermediate sent along is a valid chain', async () => {
    const certs = await certificates();
    const out = await run(certs.fullChain, certs.name, false, [certs.ca.cert]);
    expect(out.failure).toBeUndefined();
    expect(out.ok).toBe(true);
  });

  it('a server that only speaks TLS 1.0 → tls-protocol (no common protocol version)', async () => {
    const certs = await certificates();
    const server = await keep(tlsServer(certs.valid, undefined, { minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' }));
    const out = await tlsStage({ address: V4, port: server.port, host: certs.name, isIp: false, timeoutMs: 3000, ca: [certs.ca.cert] });
    expect(out.ok).toBe(false);
    expect(out.failure).toMatchObject({ verdict: 'tls-protocol' });
  });

  it('unknown issuer without the test CA', async () => {
    const certs = await certificates();
    const out = await run(certs.valid, certs.name, false);
    expect(out.ok).toBe(false);
    expect(out.failure).toMatchObject({ verdict: 'tls-certificate', reason: 'unknown-issuer' });
  });

  it.each([
    ['expired', 'expired', /expired \d+ days? ago/],
    ['notYetValid', 'not-yet-valid', /not valid until/],
    ['wrongName', 'name-mismatch', /is for other\.netmedic\.test, not panel\.netmedic\.test/],
    ['selfSigned', 'self-signed', /self-signed/],
  ] as const)('%s certificate → tls-certificate (%s)', async (which, reason, detail) => {
    const certs = await certificates();
    const out = await run(certs[which], certs.name, false, [certs.ca.cert]);
    expect(out.ok).toBe(false);
    expect(out.failure).toMatchObject({ verdict: 'tls-certificate', reason });
    expect(out.certificate?.problem).toBe(reason);
    expect(tlsDetailOf(out)).toMatch(detail);
  });

  it('plain HTTP on the port → tls-protocol (wrong version number)', async () => {
    const web = await keep(statusServer(200));
    const out = await tlsStage({ address: V4, port: web.port, host: 'panel.netmedic.test', isIp: false, timeoutMs: 3000 });
    expect(out.ok).toBe(false);
    expect(out.failure?.verdict).toBe('tls-protocol');
  });

  it('a reset during the handshake is a reset', async () => {
    const rst = await keep(resetServer());
    const out = await tlsStage({ address: V4, port: rst.port, host: 'x.test', isIp: false, timeoutMs: 3000 });
    expect(out.failure?.verdict).toBe('reset');
  });

  it('speaksTls tells a TLS port from a plain one', async () => {
    const certs = await certificates();
    const t = await keep(tlsServer(certs.selfSigned));
    const web = await keep(statusServer(200));
    await expect(speaksTls({ address: V4, port: t.port, host: 'x.test', isIp: false, timeoutMs: 2000 })).resolves.toBe(true);
    await expect(speaksTls({ address: V4, port: web.port, host: 'x.test', isIp: false, timeoutMs: 2000 })).resolves.toBe(false);
  });
});
