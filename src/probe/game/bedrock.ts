/**
 * Minecraft Bedrock Edition (RakNet) "unconnected ping" over UDP, encoded and decoded without
 * I/O. The ping is `0x01, int64 time, 16-byte offline magic, int64 client GUID`; the pong is
 * `0x1c, int64 time, int64 server GUID, magic, uint16 length, server id string`, where the string
 * is `;`-separated: `MCPE;MOTD;protocol;version;players;max players;server id;sub-MOTD;mode;…`.
 */
import type { GameStatus } from '../types';
import { GameProtocolError } from './minecraft-java';

/** RakNet's "offline message" magic, present in every unconnected packet. */
export const RAKNET_MAGIC = Buffer.from('00ffff00fefefefefdfdfdfd12345678', 'hex');

const UNCONNECTED_PING = 0x01;
const UNCONNECTED_PONG = 0x1c;

export function encodeBedrockPing(timeMs: bigint, clientGuid: bigint): Buffer {
  const out = Buffer.alloc(1 + 8 + 16 + 8);
  out[0] = UNCONNECTED_PING;
  out.writeBigInt64BE(timeMs, 1);
  RAKNET_MAGIC.copy(out, 9);
  out.writeBigInt64BE(clientGuid, 25);
  return out;
}

function intOrNull(text: string | undefined): number | null {
  if (text === undefined || !/^\d{1,9}$/.test(text.trim())) return null;
  return Number(text.trim());
}

function textOrNull(text: string | undefined): string | null {
  const t = (text ?? '').trim();
  return t === '' ? null : t;
}

/** Decode an unconnected pong; anything else throws a GameProtocolError. */
export function decodeBedrockPong(packet: Buffer): Omit<GameStatus, 'latencyMs'> {
  if (packet.length < 35 || packet[0] !== UNCONNECTED_PONG) throw new GameProtocolError({ code: 'not-raknet-pong' });
  if (!packet.subarray(17, 33).equals(RAKNET_MAGIC)) throw new GameProtocolError({ code: 'no-raknet-magic' });
  const length = packet.readUInt16BE(33);
  if (35 + length > packet.length) throw new GameProtocolError({ code: 'bedrock-id-cut-short' });
  const parts = packet.subarray(35, 35 + length).toString('utf8').split(';');
  const edition = parts[0];
  if (edition !== 'MCPE' && edition !== 'MCEE') throw new GameProtocolError({ code: 'not-bedrock' });
  const motd = [textOrNull(parts[1]), textOrNull(parts[7])].filter((p): p is string => p !== null).join(' — ');
  return {
    kind: 'minecraft-bedrock',
    transport: 'udp',
    name: null,
    players: intOrNull(parts[4]),
    maxPlayers: intOrNull(parts[5]),
    version: textOrNull(parts[3]),
    map: null,
    motd: motd === '' ? null : motd,
  };
}
