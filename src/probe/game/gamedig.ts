/**
 * `game:<id>` checks through GameDig (npm `gamedig`, hundreds of game query protocols).
 *
 * GameDig is told the vetted IP literal twice: as `host` (an IP literal is never looked up) and
 * as `address` (which makes it skip its own resolver, SRV lookups included). `givenPortOnly`
 * stops it from trying other ports, `portCache: false` from remembering one, `maxRetries: 1`
 * keeps to one attempt, and its socket and attempt timeouts are the stage's timeout.
 *
 * Only protocols that talk to that address over plain TCP/UDP sockets are allowed: some GameDig
 * protocols ask web APIs or master servers elsewhere (Discord, Epic, FiveM…), which would make
 * the bot connect somewhere nobody vetted. Those ids are refused with a sentence.
 *
 * GameDig 5 is an ES module with a CommonJS build (`dist/index.cjs`); it is loaded lazily so the
 * CLI and the bot pay for it only on the first `game:` check.
 */
import { monotonicMs } from '../../util/monotonic';
import { ProbeDeadlineError } from '../classify';
import { guarded, type ConnectOptions } from '../tcp';
import type { GameStatus, ResolvedAddress, TargetProblem } from '../types';
import type { GameAttempt, GameFailure } from './sockets';

/** GameDig protocols that only open sockets to the given address (checked against 5.3.3's sources). */
export const GAMEDIG_SOCKET_PROTOCOLS: readonly string[] = [
  'valve', 'goldsrc', 'ase', 'quake1', 'quake2', 'quake3', 'hexen2', 'warsow', 'xonotic', 'gamespy1', 'gamespy2', 'gamespy3',
  'ut3', 'jc2mp', 'unreal2', 'doom3', 'samp', 'vcmp', 'gtasao', 'teamspeak2', 'teamspeak3', 'ventrilo', 'mumbleping',
  'openttd', 'armagetron', 'tribes1', 'starsiege', 'savage2', 'ffow', 'toxikk', 'dayz', 'battlefield', 'cs2d', 'soldat',
  'minecraft', 'sdtd', 'squad', 'mafia2mp', 'rfactor',
];

interface GameDigGame {
  name: string;
  options: { port?: number; port_query?: number; protocol: string };
}

interface GameDigResult {
  name?: string;
  map?: string;
  numplayers?: number;
  maxplayers?: number;
  version?: string;
  ping?: number;
}

interface GameDigModule {
  /** The static query uses one shared runner: one UDP socket for the process (unref'd), not one per query. */
  GameDig: { query(options: Record<string, unknown>): Promise<GameDigResult> };
  games: Record<string, GameDigGame>;
}

let loaded: GameDigModule | null = null;

function gamedig(): GameDigModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('gamedig') as GameDigModule;
  return loaded;
}

export type GameLookup = { ok: true; id: string; name: string; protocol: string; defaultPort: number | null } | { ok: false; problem: TargetProblem };

/** Is `id` a GameDig game this check may query? */
export function lookupGame(id: string): GameLookup {
  const game = Object.prototype.hasOwnProperty.call(gamedig().games, id) ? gamedig().games[id] : undefined;
  if (!game) return { ok: false, problem: { code: 'gamedig-unknown-game', id } };
  if (!GAMEDIG_SOCKET_PROTOCOLS.includes(game.options.protocol)) {
    return { ok: false, problem: { code: 'gamedig-web-api', game: game.name } };
  }
  return { ok: true, id, name: game.name, protocol: game.options.protocol, defaultPort: game.options.port_query ?? game.options.port ?? null };
}

function textOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const t = value.trim();
  return t === '' ? null : t;
}

function intOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : null;
}

/** GameDig reports failures as text (its attempts' errors are folded into the stack). */
export function gamedigFailure(err: unknown, timeoutMs: number, transport: 'tcp' | 'udp' = 'udp'): GameFailure {
  if (err instanceof ProbeDeadlineError) return { verdict: 'timeout', code: err.code, kind: 'deadline' };
  const text = err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err);
  if (/ECONNREFUSED/.test(text)) return { verdict: 'refused', code: 'ECONNREFUSED', kind: 'refused' };
  if (/ECONNRESET/.test(text)) return { verdict: 'reset', code: 'ECONNRESET', kind: 'reset' };
  if (/EHOSTUNREACH/.test(text)) return { verdict: 'host-unreachable', code: 'EHOSTUNREACH', kind: 'host-unreachable' };
  if (/ENETUNREACH/.test(text)) return { verdict: 'network-unreachable', code: 'ENETUNREACH', kind: 'network-unreachable' };
  if (/timeout|timed out/i.test(text)) {
    return { verdict: transport === 'udp' ? 'udp-no-answer' : 'timeout', code: 'ETIMEDOUT', kind: 'gamedig-no-answer', timeoutMs };
  }
  return { verdict: 'game-mismatch', code: 'GAMEDIG', kind: 'gamedig-mismatch' };
}

/** GameDig protocols that query over TCP (the rest use UDP). */
const TCP_PROTOCOLS = new Set(['teamspeak2', 'teamspeak3', 'openttd', 'minecraft', 'sdtd', 'battlefield']);

export function gamedigTransport(protocol: string): 'tcp' | 'udp' {
  return TCP_PROTOCOLS.has(protocol) ? 'tcp' : 'udp';
}

export interface GameDigQuery extends ConnectOptions {
  id: string;
  protocol: string;
  address: ResolvedAddress;
  port: number;
}

/** One GameDig query to the vetted literal. Never throws. */
export function gamedigExchange(q: GameDigQuery): Promise<GameAttempt> {
  const start = monotonicMs();
  const elapsed = () => Math.round(monotonicMs() - start);
  return guarded<GameAttempt>(
    q,
    'game query',
    (settle) => {
      const { GameDig } = gamedig();
      GameDig.query({
        type: q.id,
        host: q.address.address,
        address: q.address.address,
        port: q.port,
        givenPortOnly: true,
        portCache: false,
        maxRetries: 1,
        socketTimeout: q.timeoutMs,
        attemptTimeout: q.timeoutMs,
        requestRules: false,
        requestPlayers: false,
        ipFamily: q.address.family,
      })
      .then(
        (r) => {
          const status: GameStatus = {
            kind: q.id,
            transport: gamedigTransport(q.protocol),
            name: textOrNull(r.name),
            players: intOrNull(r.numplayers),
            maxPlayers: intOrNull(r.maxplayers),
            version: textOrNull(r.version),
            map: textOrNull(r.map),
            motd: null,
            latencyMs: intOrNull(r.ping) ?? elapsed(),
          };
          settle({ ok: true, ms: elapsed(), status });
        },
        (err: unknown) => settle({ ok: false, ms: elapsed(), failure: gamedigFailure(err, q.timeoutMs, gamedigTransport(q.protocol)) }),
      );
      return () => undefined;
    },
    (err) => ({ ok: false, ms: elapsed(), failure: gamedigFailure(err, q.timeoutMs, gamedigTransport(q.protocol)) }),
  );
}

/** Allowed GameDig games whose id or name contains `typed` (ids starting with it first), at most 25. */
export function gameSuggestions(typed: string, max = 25): { id: string; name: string }[] {
  const q = typed.toLowerCase();
  const all = Object.entries(gamedig().games)
    .filter(([, g]) => GAMEDIG_SOCKET_PROTOCOLS.includes(g.options.protocol))
    .map(([id, g]) => ({ id, name: g.name }));
  const starts = all.filter((g) => g.id.startsWith(q));
  const contains = all.filter((g) => !g.id.startsWith(q) && (g.id.includes(q) || g.name.toLowerCase().includes(q)));
  return [...starts, ...contains].slice(0, max);
}
