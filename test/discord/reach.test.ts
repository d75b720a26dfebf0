/**
 * "Could not reach Discord": the question asked before login and deploy, against real loopback
 * sockets — a closed port, a port that accepts and never answers, an API whose gateway is
 * closed, and the Discord-compatible test server (reachable).
 */
import { discordUnreachable, networkCode } from '../../src/discord/reach';
import { startFakeDiscord } from '../support/discord';
import { closeAfterEach } from '../support/close-after-each';
import { closedPort, httpServer, silentServer } from '../support/servers';

const keep = closeAfterEach();

describe('discordUnreachable', () => {
  it('a closed API port: "Could not reach Discord at …" with the errno, never "refused"', async () => {
    const port = await closedPort();
    const base = `http://127.0.0.1:${port}/api`;
    const err = await discordUnreachable(base);
    expect(err?.message).toBe(`Could not reach Discord at ${base} (ECONNREFUSED). Check this machine's network, DNS and firewall, or DISCORD_API_BASE.`);
    expect(err?.message).not.toMatch(/\brefused\b/i);
    expect(err?.exitCode).toBe(1);
  });

  it('an API that accepts and never answers: stops at its own limit and says so', async () => {
    const server = await keep(silentServer());
    const err = await discordUnreachable(`http://127.0.0.1:${server.port}/api`, 300);
    expect(err?.message).toMatch(/^Could not reach Discord at http:\/\/127\.0\.0\.1:\d+\/api \(no answer within 300 ms\)/);
    expect(server.accepted()).toBe(1);
  });

  it('an API that answers but names a gateway nobody listens on: the gateway is named', async () => {
    const gatewayPort = await closedPort();
    const api = await keep(
      httpServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ url: `ws://127.0.0.1:${gatewayPort}` }));
      }),
    );
    const err = await discordUnreachable(`http://127.0.0.1:${api.port}/api`);
    expect(api.requests).toEqual(['GET /api/v10/gateway']);
    expect(err?.message).toMatch(new RegExp(`^Could not reach the Discord gateway at ws://127\\.0\\.0\\.1:${gatewayPort} \\(ECONNREFUSED\\)`));
  });

  it('the Discord-compatible test server is reachable (API and gateway)', async () => {
    const fake = await startFakeDiscord();
    try {
      expect(await discordUnreachable(fake.apiBase)).toBeNull();
    } finally {
      await fake.close();
    }
  });

  it('networkCode walks causes and AggregateErrors to the errno', () => {
    expect(networkCode(new Error('x', { cause: Object.assign(new Error('y'), { code: 'ENOTFOUND' }) }))).toBe('ENOTFOUND');
    expect(networkCode(new AggregateError([Object.assign(new Error('a'), { code: 'ECONNREFUSED' })]))).toBe('ECONNREFUSED');
    expect(networkCode(new Error('plain'))).toBeNull();
  });
});
