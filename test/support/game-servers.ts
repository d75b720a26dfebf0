/**
 * Throw-away game servers on 127.0.0.1 for the game-check tests: a Minecraft Java server (TCP,
 * server list ping), a Minecraft Bedrock server (UDP, unconnected ping/pong), a Source server
 * (UDP, A2S_INFO with the S2C_CHALLENGE handshake) and a silent UDP socket. Packets are built
 * here independently of src/probe/game, so an encoder bug there cannot hide behind the same bug.
 */
import dgram from 'node:dgram';
import type net from 'node:net';
import { LOOPBACK, tcpServer, type TestServer } from './servers';

function varint(n: number): Buffer {
  const out: number[] = [];
  let v = n >>> 0;
  for (;;) {
    if (v < 0x80) {
      out.push(v);
      return Buffer.from(out);
    }
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
}

/** Answers the server list ping with `status` (a JSON-able object) once handshake + request arrived. */
export function minecraftJavaServer(status: unknown, seen: Buffer[] = []): Promise<TestServer> {
  return tcpServer((socket: net.Socket) => {
    let got = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      got = Buffer.concat([got, chunk]);
      // Handshake (ends with next-state 1) followed by the status request `01 00`.
      if (got.length >= 2 && got[got.length - 2] === 0x01 && got[got.length - 1] === 0x00) {
        seen.push(got);
        const json = Buffer.from(JSON.stringify(status), 'utf8');
        const body = Buffer.concat([varint(0), varint(json.length), json]);
        // Split the answer in two writes: the client must reassemble it.
        const packet = Buffer.concat([varint(body.length), body]);
        socket.write(packet.subarray(0, 3));
        setTimeout(() => socket.write(packet.subarray(3)), 20);
      }
    });
  });
}

export interface UdpTestServer {
  port: number;
  host: string;
  /** Datagrams received so far. */
  received: Buffer[];
  close(): Promise<void>;
}

async function udpServer(onMessage: (msg: Buffer, reply: (b: Buffer) => void) => void): Promise<UdpTestServer> {
  const socket = dgram.createSocket('udp4');
  const received: Buffer[] = [];
  socket.on('message', (msg, rinfo) => {
    received.push(msg);
    onMessage(msg, (b) => socket.send(b, rinfo.port, rinfo.address));
  });
  await new Promise<void>((resolve) => socket.bind(0, LOOPBACK, () => resolve()));
  return {
    port: socket.address().port,
    host: LOOPBACK,
    received,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}

const MAGIC = Buffer.from('00ffff00fefefefefdfdfdfd12345678', 'hex');

/** Bedrock: answers an unconnected ping (0x01) with a pong carrying `serverId`. */
export function bedrockServer(serverId: string): Promise<UdpTestServer> {
  return udpServer((msg, reply) => {
    if (msg[0] !== 0x01 || msg.length < 33) return;
    const id = Buffer.from(serverId, 'utf8');
    const head = Buffer.alloc(35);
    head[0] = 0x1c;
    msg.copy(head, 1, 1, 9); // echo the client's time
    head.writeBigInt64BE(0x1234n, 9);
    MAGIC.copy(head, 17);
    head.writeUInt16BE(id.length, 33);
    reply(Buffer.concat([head, id]));
  });
}

export interface SourceInfo {
  name: string;
  map: string;
  folder: string;
  game: string;
  players: number;
  maxPlayers: number;
  version: string;
}

export function a2sInfoPacket(info: SourceInfo): Buffer {
  const str = (s: string) => Buffer.from(`${s}\0`, 'utf8');
  const appId = Buffer.alloc(2);
  appId.writeUInt16LE(730);
  return Buffer.concat([
    Buffer.from([0xff, 0xff, 0xff, 0xff, 0x49, 17]),
    str(info.name),
    str(info.map),
    str(info.folder),
    str(info.game),
    appId,
    Buffer.from([info.players, info.maxPlayers, 0, 0x64, 0x6c, 0, 1]),
    str(info.version),
    Buffer.from([0x00]), // extra data flag: none
  ]);
}

const QUERY = Buffer.from('Source Engine Query\0', 'latin1');

/**
 * Source: A2S_INFO without the right challenge gets S2C_CHALLENGE; with it, the info packet.
 * `challenge: false` answers the first request directly (old servers).
 */
export function sourceServer(info: SourceInfo, options: { challenge?: boolean } = {}): Promise<UdpTestServer> {
  const challenge = Buffer.from([0x0a, 0x0b, 0x0c, 0x0d]);
  return udpServer((msg, reply) => {
    if (msg.readUInt32LE(0) !== 0xffffffff || msg[4] !== 0x54 || !msg.subarray(5, 5 + QUERY.length).equals(QUERY)) return;
    const given = msg.subarray(5 + QUERY.length);
    if (options.challenge !== false && !given.equals(challenge)) {
      reply(Buffer.concat([Buffer.from([0xff, 0xff, 0xff, 0xff, 0x41]), challenge]));
      return;
    }
    reply(a2sInfoPacket(info));
  });
}

/** A bound UDP socket that never answers. */
export function silentUdpServer(): Promise<UdpTestServer> {
  return udpServer(() => undefined);
}

/** A UDP port nothing listens on (bound, then closed): the kernel answers ICMP port unreachable. */
export async function closedUdpPort(): Promise<number> {
  const s = await silentUdpServer();
  await s.close();
  return s.port;
}
