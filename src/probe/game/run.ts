/**
 * The work of the game stage of a check (protocols `minecraft`, `source`, `game:<id>`): after DNS and the
 * address policy, ask the server its game's status question on the vetted address and conclude.
 *
 * - `minecraft`: the Java Edition status ping (TCP) and the Bedrock unconnected ping (UDP) go out
 *   together on the port; the first that answers wins. When neither answers, the failure shown is
 *   the one of the edition the port belongs to (19132/19133: Bedrock, else Java).
 * - `source`: A2S_INFO over UDP, answering the S2C_CHALLENGE when the server sends one.
 * - `game:<id>`: GameDig (see gamedig.ts).
 *
 * The stage's time limit is PROBE_TCP_TIMEOUT_MS (capped by the check's deadline).
 */
import { randomBytes } from 'node:crypto';
import { gameIdOf, isGameDigProtocol, MINECRAFT_BEDROCK_PORT } from '../protocols';
import type { StageContext } from '../stage';
import { displayAddress } from '../tcp';
import type { GameRef, ResolvedAddress, Target, VerdictFacts } from '../types';
import { failureFacts } from '../verdict-facts';
import { decodeA2sAnswer, encodeA2sInfo } from './a2s';
import { decodeBedrockPong, encodeBedrockPing } from './bedrock';
import { gamedigExchange, gamedigTransport, lookupGame } from './gamedig';
import { decodeJavaStatusResponse, encodeJavaStatusRequest, GameProtocolError } from './minecraft-java';
import { tcpExchange, udpExchange, type GameAttempt, type GameFailure, type Step } from './sockets';

/** Source servers send at most a couple of challenges; more is a loop. */
const MAX_CHALLENGES = 2;

function a2sDecoder(): (datagram: Buffer) => Step {
  let challenges = 0;
  return (datagram) => {
    const answer = decodeA2sAnswer(datagram);
    if (answer.kind === 'info') return { done: answer.status };
    challenges += 1;
    if (challenges > MAX_CHALLENGES) throw new GameProtocolError({ code: 'a2s-challenge-loop' });
    return { send: encodeA2sInfo(answer.challenge) };
  };
}

interface Attempt {
  game: GameRef;
  transport: 'tcp' | 'udp';
  run(signal: AbortSignal): Promise<GameAttempt>;
}

/** Run attempts together; the first success aborts the others. Results in attempt order. */
async function firstSuccess(attempts: Attempt[], outer: AbortSignal): Promise<{ winner: number | null; results: GameAttempt[] }> {
  const controllers = attempts.map(() => new AbortController());
  let winner: number | null = null;
  const results = await Promise.all(
    attempts.map((a, i) =>
      a.run(AbortSignal.any([outer, controllers[i]?.signal ?? outer])).then((r) => {
        if (r.ok && winner === null) {
          winner = i;
          controllers.forEach((c, j) => {
            if (j !== i) c.abort(new Error('another edition answered'));
          });
        }
        return r;
      }),
    ),
  );
  return { winner, results };
}

/** The verdict for a game query that got no usable answer. */
function gameFailureFacts(failure: GameFailure, game: GameRef, where: { host: string; port: number }, timeoutMs: number): VerdictFacts {
  switch (failure.verdict) {
    case 'udp-refused':
      return { ...where, verdict: 'udp-refused', game };
    case 'udp-no-answer':
      return { ...where, verdict: 'udp-no-answer', game, timeoutMs: failure.timeoutMs ?? timeoutMs };
    case 'game-mismatch':
      return { ...where, verdict: 'game-mismatch', game, failure };
    case 'refused':
    case 'timeout':
    case 'reset':
    case 'host-unreachable':
    case 'network-unreachable':
    case 'dns-not-found':
    case 'dns-error':
    case 'tls-certificate':
    case 'tls-protocol':
    case 'not-http':
      return failureFacts({ verdict: failure.verdict, code: failure.code, kind: failure.failure?.kind ?? 'unrecognised' }, 'game', where, timeoutMs);
    default:
      return { ...where, verdict: 'game-mismatch', game, failure };
  }
}

function attemptsFor(ctx: StageContext, addresses: ResolvedAddress[], target: Target, timeoutMs: number): Attempt[] | VerdictFacts {
  const maxBytes = ctx.options.maxBytes;
  const port = target.port;
  const v4 = addresses.find((a) => a.family === 4);
  const [address] = addresses;
  if (!address) return { verdict: 'blocked', host: target.displayHost, block: { kind: 'no-address' }, privateHint: false };
  const common = { port, maxBytes, timeoutMs };
  if (target.protocol === 'minecraft') {
    return [
      {
        game: { kind: 'minecraft-java' },
        transport: 'tcp',
        run: (signal) =>
          tcpExchange({ ...common, address, signal }, encodeJavaStatusRequest(target.host, port), (bytes) => {
            const decoded = decodeJavaStatusResponse(bytes, maxBytes);
            return decoded.complete ? { done: decoded.status } : { wait: true };
          }),
      },
      {
        game: { kind: 'minecraft-bedrock' },
        transport: 'udp',
        run: (signal) =>
          udpExchange({ ...common, address, signal }, encodeBedrockPing(BigInt(Date.now()), randomBytes(8).readBigInt64BE()), (datagram) => ({
            done: decodeBedrockPong(datagram),
          })),
      },
    ];
  }
  if (target.protocol === 'source') {
    return [{ game: { kind: 'source' }, transport: 'udp', run: (signal) => udpExchange({ ...common, address, signal }, encodeA2sInfo(), a2sDecoder()) }];
  }
  if (isGameDigProtocol(target.protocol)) {
    const game = lookupGame(gameIdOf(target.protocol));
    if (!game.ok) return { verdict: 'invalid', problem: game.problem };
    return [
      {
        game: { kind: game.id, name: game.name },
        transport: gamedigTransport(game.protocol),
        run: (signal) => gamedigExchange({ id: game.id, protocol: game.protocol, address: v4 ?? address, port, timeoutMs, signal }),
      },
    ];
  }
  return { verdict: 'invalid', problem: { code: 'not-a-game-protocol', protocol: target.protocol } };
}

/** The game stage's work (stage.ts loads this module when the stage first runs). */
export async function runGameStage(ctx: StageContext): Promise<void> {
  const { target } = ctx;
  const timeoutMs = ctx.cap(ctx.options.timeouts.tcpMs);
  const port = target.port;
  const attempts = attemptsFor(ctx, ctx.found.vetted, target, timeoutMs);
  if (!Array.isArray(attempts)) {
    ctx.conclude(attempts);
    return;
  }
  // When neither Minecraft edition answers, the failure shown is the one of the port's edition.
  const expected = target.protocol === 'minecraft' && (port === MINECRAFT_BEDROCK_PORT || port === MINECRAFT_BEDROCK_PORT + 1) ? 1 : 0;
  const { winner, results } = await firstSuccess(attempts, ctx.signal);
  const address = displayAddress(ctx.found.vetted[0] ?? { address: target.host, family: 4 });
  const won = winner === null ? undefined : results[winner];
  const wonAttempt = winner === null ? undefined : attempts[winner];
  if (won?.ok && wonAttempt) {
    const s = won.status;
    ctx.result.game = s;
    ctx.addStage({
      name: 'game',
      ok: true,
      ms: won.ms,
      facts: { kind: 'answer', game: wonAttempt.game, transport: s.transport, address, port, latencyMs: s.latencyMs, players: s.players, maxPlayers: s.maxPlayers, version: s.version ? s.version.slice(0, 40) : null },
    });
    ctx.conclude({ ...ctx.where, verdict: 'ok', answer: { kind: 'game', game: wonAttempt.game } });
    return;
  }
  results.forEach((r, i) => {
    const a = attempts[i];
    if (r.ok || !a) return;
    ctx.addStage({ name: 'game', ok: false, ms: r.ms, facts: { kind: 'failed', game: a.game, transport: a.transport, port, failure: r.failure } });
  });
  const shown = results[expected];
  const attempt = attempts[expected];
  if (!shown || shown.ok || !attempt) return;
  for (const [i, r] of results.entries()) {
    const a = attempts[i];
    if (i !== expected && !r.ok && a) ctx.note({ kind: 'game-no-answer', game: a.game, transport: a.transport, failure: r.failure });
  }
  ctx.conclude(gameFailureFacts(shown.failure, attempt.game, ctx.where, timeoutMs));
}
