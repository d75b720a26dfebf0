/**
 * Valve Source "A2S_INFO" server query over UDP, encoded and decoded without I/O.
 *
 * The request is `FF FF FF FF 'T' "Source Engine Query\0"`. Since 2020 most servers first answer
 * with S2C_CHALLENGE (`FF FF FF FF 'A'` + 4 bytes); the client repeats the request with those 4
 * bytes appended and gets the info packet (`FF FF FF FF 'I'`: protocol, name, map, folder, game,
 * app id, players, max players, bots, server type, environment, visibility, VAC, version…).
 */
import type { GameStatus } from '../types';
import { GameProtocolError } from './minecraft-java';

const SIMPLE_HEADER = 0xffffffff;
const SPLIT_HEADER = 0xfffffffe;
const A2S_INFO = 0x54;
const S2C_CHALLENGE = 0x41;
const INFO_RESPONSE = 0x49;
const QUERY = Buffer.from('Source Engine Query\0', 'latin1');

export function encodeA2sInfo(challenge?: Buffer): Buffer {
  const head = Buffer.from([0xff, 0xff, 0xff, 0xff, A2S_INFO]);
  return Buffer.concat(challenge ? [head, QUERY, challenge] : [head, QUERY]);
}

export type A2sAnswer = { kind: 'challenge'; challenge: Buffer } | { kind: 'info'; status: Omit<GameStatus, 'latencyMs'> };

class Reader {
  offset = 0;
  constructor(private readonly buffer: Buffer) {}
  byte(): number {
    const b = this.buffer[this.offset];
    if (b === undefined) throw new GameProtocolError({ code: 'a2s-cut-short' });
    this.offset += 1;
    return b;
  }
  short(): number {
    if (this.offset + 2 > this.buffer.length) throw new GameProtocolError({ code: 'a2s-cut-short' });
    const v = this.buffer.readUInt16LE(this.offset);
    this.offset += 2;
    return v;
  }
  string(): string {
    const end = this.buffer.indexOf(0, this.offset);
    if (end < 0) throw new GameProtocolError({ code: 'a2s-cut-short' });
    const s = this.buffer.subarray(this.offset, end).toString('utf8');
    this.offset = end + 1;
    return s;
  }
}

function textOrNull(text: string): string | null {
  const t = text.trim();
  return t === '' ? null : t;
}

/** Decode one datagram: a challenge to answer, or the server info. Anything else throws. */
export function decodeA2sAnswer(packet: Buffer): A2sAnswer {
  if (packet.length < 5) throw new GameProtocolError({ code: 'a2s-too-short' });
  const header = packet.readUInt32LE(0);
  if (header === SPLIT_HEADER) throw new GameProtocolError({ code: 'a2s-split' });
  if (header !== SIMPLE_HEADER) throw new GameProtocolError({ code: 'not-source' });
  const type = packet[4];
  if (type === S2C_CHALLENGE) {
    if (packet.length < 9) throw new GameProtocolError({ code: 'a2s-challenge-cut-short' });
    return { kind: 'challenge', challenge: Buffer.from(packet.subarray(5, 9)) };
  }
  if (type !== INFO_RESPONSE) throw new GameProtocolError({ code: 'a2s-unexpected-type', type: `0x${(type ?? 0).toString(16)}` });
  const r = new Reader(packet);
  r.offset = 5;
  r.byte(); // protocol version
  const name = r.string();
  const map = r.string();
  r.string(); // game folder
  const game = r.string();
  r.short(); // Steam app id
  const players = r.byte();
  const maxPlayers = r.byte();
  r.byte(); // bots
  r.byte(); // server type
  r.byte(); // environment
  r.byte(); // visibility
  r.byte(); // VAC
  let version: string | null = null;
  try {
    version = textOrNull(r.string());
  } catch {
    // Very old servers stop before the version; the rest is enough.
  }
  return {
    kind: 'info',
    status: {
      kind: 'source',
      transport: 'udp',
      name: textOrNull(name) ?? textOrNull(game),
      players,
      maxPlayers,
      version,
      map: textOrNull(map),
      motd: null,
    },
  };
}
