/**
 * Minecraft Java Edition "server list ping" (the status request every launcher sends to fill its
 * server list), encoded and decoded without I/O. Over TCP: a handshake packet (next state 1 =
 * status) and an empty status request; the server answers one packet holding a JSON document
 * with `version`, `players` and `description` (the MOTD).
 *
 * Packets are `VarInt length, VarInt id, data`; strings are `VarInt byte length, UTF-8`.
 */
import type { GameProblem, GameStatus } from '../types';

export class GameProtocolError extends Error {
  readonly code = 'NETMEDIC_GAME_PROTOCOL';
  /** What was wrong, as data (the renderer words it). */
  constructor(readonly problem: GameProblem) {
    super(`game protocol: ${problem.code}`);
    this.name = 'GameProtocolError';
  }
}

/** Any protocol number works for a status ping; -1 is the convention for "just asking". */
const STATUS_PROTOCOL_VERSION = -1;

export function encodeVarInt(value: number): Buffer {
  const bytes: number[] = [];
  let v = value >>> 0; // two's complement for negatives, as the protocol wants
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v !== 0) byte |= 0x80;
    bytes.push(byte);
  } while (v !== 0);
  return Buffer.from(bytes);
}

/** A VarInt at `offset`: its value and size, or null when the buffer ends inside it. */
export function decodeVarInt(buffer: Buffer, offset = 0): { value: number; size: number } | null {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    const byte = buffer[offset + i];
    if (byte === undefined) return null;
    value |= (byte & 0x7f) << (7 * i);
    if ((byte & 0x80) === 0) return { value, size: i + 1 };
  }
  throw new GameProtocolError({ code: 'varint-too-long' });
}

function packet(id: number, ...fields: Buffer[]): Buffer {
  const body = Buffer.concat([encodeVarInt(id), ...fields]);
  return Buffer.concat([encodeVarInt(body.length), body]);
}

function mcString(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([encodeVarInt(bytes.length), bytes]);
}

/** Handshake (next state: status) followed by the status request. `host` is what a client would type. */
export function encodeJavaStatusRequest(host: string, port: number): Buffer {
  const portBytes = Buffer.alloc(2);
  portBytes.writeUInt16BE(port);
  const handshake = packet(0x00, encodeVarInt(STATUS_PROTOCOL_VERSION), mcString(host), portBytes, encodeVarInt(1));
  return Buffer.concat([handshake, packet(0x00)]);
}

export type JavaDecode = { complete: false } | { complete: true; status: Omit<GameStatus, 'latencyMs'> };

/**
 * Decode the status response from the bytes received so far. `{ complete: false }` means "wait
 * for more"; bytes that cannot be a status response throw a GameProtocolError.
 */
export function decodeJavaStatusResponse(buffer: Buffer, maxBytes: number): JavaDecode {
  const length = decodeVarInt(buffer, 0);
  if (!length) return { complete: false };
  if (length.value <= 0 || length.value > maxBytes) throw new GameProtocolError({ code: 'packet-size', bytes: length.value });
  const end = length.size + length.value;
  if (buffer.length < end) return { complete: false };
  const id = decodeVarInt(buffer, length.size);
  if (!id || id.value !== 0x00) throw new GameProtocolError({ code: 'not-status-response' });
  const strLen = decodeVarInt(buffer, length.size + id.size);
  if (!strLen) throw new GameProtocolError({ code: 'status-cut-short' });
  const start = length.size + id.size + strLen.size;
  if (start + strLen.value > end) throw new GameProtocolError({ code: 'status-cut-short' });
  const text = buffer.subarray(start, start + strLen.value).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new GameProtocolError({ code: 'status-not-json' });
  }
  return { complete: true, status: javaStatusFromJson(json) };
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function intOrNull(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? Math.trunc(n) : null;
}

/** The plain text of a chat component (string, `{text, extra}`, or an array of them). */
export function chatText(component: unknown, depth = 0): string {
  if (depth > 8) return '';
  if (typeof component === 'string') return component;
  if (Array.isArray(component)) return component.map((c) => chatText(c, depth + 1)).join('');
  const c = record(component);
  const own = typeof c.text === 'string' ? c.text : typeof c.translate === 'string' ? c.translate : '';
  const extra = Array.isArray(c.extra) ? c.extra.map((e) => chatText(e, depth + 1)).join('') : '';
  return own + extra;
}

export function javaStatusFromJson(json: unknown): Omit<GameStatus, 'latencyMs'> {
  const root = record(json);
  if (!('version' in root) && !('players' in root) && !('description' in root)) {
    throw new GameProtocolError({ code: 'status-json-empty' });
  }
  const version = record(root.version);
  const players = record(root.players);
  const motd = chatText(root.description).trim();
  return {
    kind: 'minecraft-java',
    transport: 'tcp',
    name: null,
    players: intOrNull(players.online),
    maxPlayers: intOrNull(players.max),
    version: typeof version.name === 'string' ? version.name : null,
    map: null,
    motd: motd === '' ? null : motd,
  };
}
