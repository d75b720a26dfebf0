/**
 * The protocols a check can speak, as typed by people (`/check protocol:`, `--protocol`). Pure.
 *
 * Game protocols: `minecraft` (Java Edition server list ping over TCP, Bedrock unconnected ping
 * over UDP), `source` (A2S_INFO over UDP) and `game:<id>` (any GameDig game id, e.g.
 * `game:teamspeak3`). In auto mode a bare `host:25565`, `host:19132` or `host:27015` is checked
 * with the game protocol of that port.
 */
import type { ConcreteProtocol, GameDigProtocol, Protocol } from './types';

export const BASIC_PROTOCOLS = ['auto', 'tcp', 'http', 'https', 'xtream', 'minecraft', 'source'] as const satisfies readonly Protocol[];

export const GAME_PREFIX = 'game:';

/** GameDig ids are short lower-case words (`teamspeak3`, `minecraft`, `przomboid`). */
const GAME_ID = /^[a-z0-9][a-z0-9_-]{0,39}$/;

export const MINECRAFT_JAVA_PORT = 25565;
export const MINECRAFT_BEDROCK_PORT = 19132;
export const SOURCE_PORT = 27015;

/** Ports that auto mode checks with a game protocol (no scheme given). */
export const GAME_PORTS: Readonly<Record<number, ConcreteProtocol>> = {
  [MINECRAFT_JAVA_PORT]: 'minecraft',
  [MINECRAFT_BEDROCK_PORT]: 'minecraft',
  [SOURCE_PORT]: 'source',
};

export function isGameDigProtocol(protocol: string): protocol is GameDigProtocol {
  return protocol.startsWith(GAME_PREFIX);
}

export function isGameProtocol(protocol: string): boolean {
  return protocol === 'minecraft' || protocol === 'source' || isGameDigProtocol(protocol);
}

/** The GameDig id of a `game:<id>` protocol. */
export function gameIdOf(protocol: GameDigProtocol): string {
  return protocol.slice(GAME_PREFIX.length);
}

/** Why a protocol was refused: `game-id` (a bad GameDig id after `game:`) or `unknown` (with the list to offer). */
export type ProtocolProblem = { code: 'game-id' } | { code: 'unknown'; known: readonly string[] };

export type ParseProtocolResult = { ok: true; protocol: Protocol } | { ok: false; problem: ProtocolProblem };

/** Read a protocol as typed (case and surrounding spaces ignored). */
export function parseProtocol(text: string): ParseProtocolResult {
  const value = text.trim().toLowerCase();
  if (value === '') return { ok: true, protocol: 'auto' };
  if ((BASIC_PROTOCOLS as readonly string[]).includes(value)) return { ok: true, protocol: value as Protocol };
  if (isGameDigProtocol(value)) {
    const id = value.slice(GAME_PREFIX.length);
    if (GAME_ID.test(id)) return { ok: true, protocol: `game:${id}` };
    return { ok: false, problem: { code: 'game-id' } };
  }
  return { ok: false, problem: { code: 'unknown', known: BASIC_PROTOCOLS } };
}

/** The port a game protocol listens on by default; null when the game has none we know. */
export function defaultGamePort(protocol: ConcreteProtocol): number | null {
  if (protocol === 'minecraft') return MINECRAFT_JAVA_PORT;
  if (protocol === 'source') return SOURCE_PORT;
  return null;
}
