/**
 * Game checks through runCheck against real game servers on 127.0.0.1: Minecraft Java (TCP),
 * Minecraft Bedrock (UDP), Source A2S with the challenge handshake (UDP), GameDig's `valve`
 * protocol (game:<id>), a closed UDP port (the kernel's ICMP port unreachable → udp-refused) and
 * a silent UDP socket (udp-no-answer). Firewall DROP/REJECT on UDP: test/probe/firewall-udp.test.ts.
 */
import net from 'node:net';
import { runCheck, type CheckOptions } from '../../../src/probe/check';
import { policyFromConfig } from '../../../src/check-options';
import type { CheckResult } from '../../../src/probe/types';
import { renderCheckReply } from '../../../src/render/check';
import { closeAfterEach } from '../../support/close-after-each';
import { bedrockServer, closedUdpPort, minecraftJavaServer, silentUdpServer, sourceServer, type UdpTestServer } from '../../support/game-servers';
import { closedPort, httpServer, tcpServer } from '../../support/servers';
import { sentenceOf, notesOf, detailOf } from '../../support/check-words';

const ALLOW_LOOPBACK = policyFromConfig({ PROBE_ALLOW_PRIVATE: true, PROBE_ALLOW_CIDRS: [] });
const PUBLIC_ONLY = policyFromConfig({ PROBE_ALLOW_PRIVATE: false, PROBE_ALLOW_CIDRS: [] });

function options(extra: Partial<CheckOptions> = {}): CheckOptions {
  return {
    protocol: 'auto',
    policy: ALLOW_LOOPBACK,
    timeouts: { dnsMs: 1000, tcpMs: 1500, tlsMs: 2000, httpMs: 2000, deadlineMs: 8000 },
    maxBytes: 65536,
    alternativePorts: [],
    ...extra,
  };
}

const keep = closeAfterEach();
const udp: UdpTestServer[] = [];
afterEach(async () => {
  await Promise.all(udp.splice(0).map((s) => s.close()));
});
async function keepUdp(server: Promise<UdpTestServer>): Promise<UdpTestServer> {
  const s = await server;
  udp.push(s);
  return s;
}

jest.setTimeout(20000);

function embedText(result: CheckResult): string {
  return JSON.stringify(renderCheckReply(result, null, { final: true }));
}

const SOURCE_INFO = { name: 'Friday **frag** night @everyone', map: 'de_dust2', folder: 'csgo', game: 'Counter-Strike 2', players: 7, maxPlayers: 24, version: '1.40.1.2' };

describe('minecraft', () => {
  it('Java Edition: online, players/max, version, MOTD shown as plain text, latency', async () => {
    const seen: Buffer[] = [];
    const server = await keep(minecraftJavaServer({ version: { name: 'Paper 1.21.4', protocol: 769 }, players: { max: 20, online: 3 }, description: { text: '§6Welcome **home**' } }, seen));
    const result = await runCheck(`127.0.0.1:${server.port}`, options({ protocol: 'minecraft' }));
    expect(result.verdict).toBe('ok');
    expect(result.article).toBeNull();
    expect(result.game).toEqual(expect.objectContaining({ kind: 'minecraft-java', transport: 'tcp', players: 3, maxPlayers: 20, version: 'Paper 1.21.4', motd: '§6Welcome **home**' }));
    expect(result.game!.latencyMs).toBeGreaterThanOrEqual(0);
    expect(result.stages.map((s) => s.name)).toEqual(['dns', 'game']);
    expect(sentenceOf(result)).toContain('Minecraft Java server');
    // The handshake named the host and port the user typed.
    expect(seen[0]!.includes(Buffer.from('127.0.0.1'))).toBe(true);
    const reply = renderCheckReply(result, null, { final: true });
    const serverField = reply.embeds![0]!.fields!.find((f) => f.name === 'Server')!.value;
    expect(serverField).toContain('Players: 3/20');
    expect(serverField).toContain('Version: Paper 1.21.4');
    // Server text is data: colour codes dropped, markdown defused.
    expect(serverField).toContain('MOTD: Welcome \\*\\*home\\*\\*');
    expect(reply.embeds![0]!.title).toContain('Online');
  });

  it('Bedrock Edition over UDP on the same port when no Java server answers', async () => {
    const server = await keepUdp(bedrockServer('MCPE;Bedrock Club;766;1.21.50;4;30;99;World;Survival;1;19132;19133;'));
    const result = await runCheck(`127.0.0.1:${server.port}`, options({ protocol: 'minecraft' }));
    expect(result.verdict).toBe('ok');
    expect(result.game).toEqual(expect.objectContaining({ kind: 'minecraft-bedrock', transport: 'udp', players: 4, maxPlayers: 30, version: '1.21.50', motd: 'Bedrock Club — World' }));
    expect(server.received[0]![0]).toBe(0x01);
  });

  it('nothing on TCP or UDP: the Java (TCP) verdict, with a note about Bedrock', async () => {
    const port = await closedPort();
    const result = await runCheck(`127.0.0.1:${port}`, options({ protocol: 'minecraft' }));
    expect(result.verdict).toBe('refused');
    expect(result.article).toBe('connection-refused');
    expect(result.stages.filter((s) => s.name === 'game')).toHaveLength(2);
    expect(notesOf(result).join(' ')).toMatch(/No Minecraft Bedrock answer either \(UDP\)/);
  });

  it('a TCP port that speaks HTTP is not a Minecraft server → game-mismatch', async () => {
    const server = await keep(httpServer((_req, res) => res.end('hello')));
    const result = await runCheck(`127.0.0.1:${server.port}`, options({ protocol: 'minecraft' }));
    expect(result.verdict).toBe('game-mismatch');
    expect(result.article).toBe('game-server');
    expect(sentenceOf(result)).toContain('not as a Minecraft Java server');
  });

  it('a TCP port that accepts and stays silent → game-mismatch (not refused, not timeout)', async () => {
    const server = await keep(tcpServer(() => undefined));
    const result = await runCheck(`127.0.0.1:${server.port}`, options({ protocol: 'minecraft', timeouts: { dnsMs: 1000, tcpMs: 600, tlsMs: 1000, httpMs: 1000, deadlineMs: 5000 } }));
    expect(result.verdict).toBe('game-mismatch');
    const java = result.stages.find((s) => s.name === 'game' && s.facts.kind === 'failed' && s.facts.game.kind === 'minecraft-java')!;
    expect(java.facts).toMatchObject({ kind: 'failed', transport: 'tcp', failure: { verdict: 'game-mismatch', kind: 'connected-no-answer', timeoutMs: 600 } });
    expect(detailOf(java)).toMatch(/^Minecraft Java/);
    expect(detailOf(java)).toContain('no game answer within 600 ms');
  });
});

describe('source (A2S_INFO)', () => {
  it('answers the S2C_CHALLENGE, then reads name, map, players, version', async () => {
    const server = await keepUdp(sourceServer(SOURCE_INFO));
    const result = await runCheck(`127.0.0.1:${server.port}`, options({ protocol: 'source' }));
    expect(result.verdict).toBe('ok');
    expect(server.received).toHaveLength(2);
    expect(server.received[1]!.subarray(-4)).toEqual(Buffer.from([0x0a, 0x0b, 0x0c, 0x0d]));
    expect(result.game).toEqual(expect.objectContaining({ kind: 'source', name: SOURCE_INFO.name, map: 'de_dust2', players: 7, maxPlayers: 24, version: '1.40.1.2' }));
    const serverField = renderCheckReply(result, null).embeds![0]!.fields!.find((f) => f.name === 'Server')!.value;
    expect(serverField).toContain('Map: de_dust2');
    // Markdown and mentions in the server's name are defused: shown, never formatted or pinging.
    expect(serverField).toContain('Name: Friday \\*\\*frag\\*\\* night \\@everyone');
    expect(embedText(result)).not.toMatch(/[^\\]@everyone/);
  });

  it('an old server without challenge answers at once', async () => {
    const server = await keepUdp(sourceServer(SOURCE_INFO, { challenge: false }));
    const result = await runCheck(`127.0.0.1:${server.port}`, options({ protocol: 'source' }));
    expect(result.verdict).toBe('ok');
    expect(server.received).toHaveLength(1);
  });

  it('closed UDP port: ICMP port unreachable → udp-refused', async () => {
    const port = await closedUdpPort();
    const result = await runCheck(`127.0.0.1:${port}`, options({ protocol: 'source' }));
    expect(result.verdict).toBe('udp-refused');
    expect(result.article).toBe('game-server');
    expect(sentenceOf(result)).toContain('port unreachable');
  });

  it('silent UDP socket → udp-no-answer ("filtered, or not a game server")', async () => {
    const server = await keepUdp(silentUdpServer());
    const result = await runCheck(`127.0.0.1:${server.port}`, options({ protocol: 'source', timeouts: { dnsMs: 1000, tcpMs: 700, tlsMs: 1000, httpMs: 1000, deadlineMs: 5000 } }));
    expect(result.verdict).toBe('udp-no-answer');
    expect(sentenceOf(result)).toContain('(filtered, or not a Source (A2S_INFO) server)');
    expect(server.received).toHaveLength(1);
    expect(renderCheckReply(result, null).embeds![0]!.title).toContain('No answer over UDP');
  });
});

describe('game:<id> through GameDig', () => {
  it('game:counterstrike2 (GameDig protocol valve) reaches the vetted literal and reads the answer', async () => {
    const server = await keepUdp(sourceServer(SOURCE_INFO));
    const result = await runCheck(`127.0.0.1:${server.port}`, options({ protocol: 'game:counterstrike2' }));
    expect(result.verdict).toBe('ok');
    expect(result.game).toEqual(expect.objectContaining({ kind: 'counterstrike2', name: SOURCE_INFO.name, map: 'de_dust2', players: 7, maxPlayers: 24 }));
    expect(server.received.length).toBeGreaterThanOrEqual(2);
  });

  it('game:counterstrike2 on a silent UDP port → udp-no-answer', async () => {
    const server = await keepUdp(silentUdpServer());
    const result = await runCheck(`127.0.0.1:${server.port}`, options({ protocol: 'game:counterstrike2', timeouts: { dnsMs: 1000, tcpMs: 800, tlsMs: 1000, httpMs: 1000, deadlineMs: 6000 } }));
    expect(result.verdict).toBe('udp-no-answer');
    expect(result.article).toBe('game-server');
    expect(server.received.length).toBeGreaterThanOrEqual(1);
  });

  it('an unknown id and a web-API game are refused before any connection', async () => {
    const unknown = await runCheck('127.0.0.1:27015', options({ protocol: 'game:nosuchgame' }));
    expect(unknown.verdict).toBe('invalid');
    expect(sentenceOf(unknown)).toContain('GameDig has no game with the id "nosuchgame"');
    const web = await runCheck('127.0.0.1:27015', options({ protocol: 'game:discord' }));
    expect(web.verdict).toBe('invalid');
    expect(sentenceOf(web)).toContain('web API or master server');
  });

  it('game:<id> without a port asks for one', async () => {
    const result = await runCheck('127.0.0.1', options({ protocol: 'game:counterstrike2' }));
    expect(result.verdict).toBe('invalid');
    expect(sentenceOf(result)).toContain("query port");
  });
});

describe('safety', () => {
  it('a private address under the public-only policy is blocked before any packet', async () => {
    const connects = jest.spyOn(net.Socket.prototype, 'connect');
    for (const protocol of ['minecraft', 'source', 'game:counterstrike2'] as const) {
      const result = await runCheck('10.1.2.3:27015', options({ protocol, policy: PUBLIC_ONLY }));
      expect(result.verdict).toBe('blocked');
      expect(result.stages.map((s) => s.name)).toEqual(['dns']);
    }
    expect(connects).not.toHaveBeenCalled();
    connects.mockRestore();
  });
});

describe('source: a server that only ever sends challenges', () => {
  it('is not taken for a working server: game-mismatch after a couple of rounds', async () => {
    const dgram = await import('node:dgram');
    const socket = dgram.createSocket('udp4');
    let received = 0;
    socket.on('message', (_msg, rinfo) => {
      received += 1;
      socket.send(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x41, received, 2, 3, 4]), rinfo.port, rinfo.address);
    });
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', () => resolve()));
    try {
      const result = await runCheck(`127.0.0.1:${socket.address().port}`, options({ protocol: 'source' }));
      expect(result.verdict).toBe('game-mismatch');
      expect(sentenceOf(result)).toContain('new challenge');
      expect(received).toBe(3);
    } finally {
      await new Promise<void>((resolve) => socket.close(() => resolve()));
    }
  });
});
