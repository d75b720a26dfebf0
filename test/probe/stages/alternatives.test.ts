import { probeAlternatives, DEFAULT_ALTERNATIVE_PORTS } from '../../../src/probe/alternatives';
import { tcpStage } from '../../../src/probe/tcp';
import type { ResolvedAddress } from '../../../src/probe/types';
import { bannerServer, closedPort, hasIpv6Loopback, silentServer, statusServer, tcpServer } from '../../support/servers';
import { closeAfterEach } from '../../support/close-after-each';
import { alternativeOf, detailOf, notesOf } from '../../support/check-words';

const V4: ResolvedAddress = { address: '127.0.0.1', family: 4 };
const keep = closeAfterEach();

describe('probeAlternatives (injected loopback ports)', () => {
  it('reports each port in order, with what answers there, without the original port', async () => {
    const original = await closedPort();
    const web = await keep(statusServer(404));
    const ssh = await keep(bannerServer());
    const silent = await keep(silentServer());
    const closed = await closedPort();
    const results = await probeAlternatives({
      address: V4,
      port: original,
      host: 'play.netmedic.test',
      ports: [web.port, original, ssh.port, silent.port, closed, web.port],
      timeoutMs: 1000,
      sniffMs: 300,
    });
    expect(results).toEqual([
      { port: web.port, open: true, facts: { kind: 'open', answer: 'http', status: 404 } },
      { port: ssh.port, open: true, facts: { kind: 'open', answer: 'ssh' } },
      { port: silent.port, open: true, facts: { kind: 'open', answer: 'none' } },
      { port: closed, open: false, facts: { kind: 'refused' } },
    ]);
    expect(results.map(alternativeOf)).toEqual(['answers (HTTP 404)', 'answers (SSH, not HTTP)', 'accepts connections', 'refused']);
    expect(web.accepted()).toBe(2); // one connect, one HEAD
  });

  it('stops at once when the deadline has passed', async () => {
    const controller = new AbortController();
    controller.abort();
    const server = await keep(tcpServer());
    const results = await probeAlternatives({ address: V4, port: 1, host: 'x', ports: [server.port], timeoutMs: 1000, signal: controller.signal });
    expect(results[0]!.open).toBe(false);
    expect(server.accepted()).toBe(0);
  });

  it('has the usual panel and web ports by default', () => {
    expect(DEFAULT_ALTERNATIVE_PORTS).toEqual([80, 443, 8080, 8000, 8880, 2086, 2095, 25461]);
  });
});

describe('TCP stage with both families', () => {
  it('connects over IPv6 (::1) and notes when IPv4 fails but IPv6 works', async () => {
    if (!(await hasIpv6Loopback())) return;
    const server = await keep(tcpServer(undefined, '::1'));
    const out = await tcpStage([V4, { address: '::1', family: 6 }, { address: '::1', family: 6 }], server.port, { timeoutMs: 1000 });
    expect(out.stages.map((s) => [s.name === 'tcp' && s.family, s.ok])).toEqual([
      [4, false],
      [6, true],
    ]);
    expect(out.address).toEqual({ address: '::1', family: 6 });
    expect(detailOf(out.stages[1]!)).toContain('[::1]');
    expect(out.notes[0]).toMatchObject({ kind: 'family-fails', failing: 4, working: 6, failure: { verdict: 'refused', code: 'ECONNREFUSED' } });
    expect(notesOf(out)[0]).toMatch(/^IPv4 fails \(refused \(ECONNREFUSED\)\) but IPv6 works/);
  });
});
