/**
 * The game stage of a check (protocols `minecraft`, `source`, `game:<id>`): after DNS and the
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
import type { CheckOptions } from '../check';
import type { SentenceContext } from '../verdicts';
import { gameIdOf, isGameDigProtocol, MINECRAFT_BEDROCK_PORT } from '../protocols';
import { displayAddress } from '../tcp';
import type { CheckResult, GameStatus, ResolvedAddress, StageResult, Target, Verdict } from '../types';
import { decodeA2sAnswer, encodeA2sInfo } from './a2s';
import { decodeBedrockPong, encodeBedrockPing } from './bedrock';
import { gamedigExchange, gamedigTransport, lookupGame } from './gamedig';
import { decodeJavaStatusResponse, encodeJavaStatusRequest, GameProtocolError } from './minecraft-java';
import { tcpExchange, udpExchange, type GameAttempt, type Step } from './sockets';

/** What the stage needs from the check run (check.ts's Run satisfies it). */
export interface GameRun {
  readonly signal: AbortSignal;
  readonly options: CheckOptions;
  readonly result: CheckResult;
  cap(ms: number): number;
  addStage(stage: StageResult): void;
  progress(): void;
  conclude(verdict: Verdict, context?: Partial<SentenceContext>): void;
}

const LABELS: Record<string, string> = {
  'minecraft-java': 'Minecraft Java',
  'minecraft-bedrock': 'Minecraft Bedrock',
  source: 'Source (A2S_INFO)',
};

/** How people call the game a status came from. */
export function gameLabel(kind: string): string {
  return LABELS[kind] ?? kind;
}

/** Source servers send at most a couple of challenges; more is a loop. */
const MAX_CHALLENGES = 2;

function a2sDecoder(): (datagram: Buffer) => Step {
  let challenges = 0;
  return (datagram) => {
    const answer = decodeA2sAnswer(datagram);
    if (answer.kind === 'info') return { done: answer.status };
    challenges += 1;
    if (challenges > MAX_CHALLENGES) throw new GameProtocolError('the server answers every request with a new challenge');
    return { send: encodeA2sInfo(answer.challenge) };
  };
}

interface Attempt {
  kind: string;
  label: string;
  transport: 'tcp' | 'udp';
  run(signal: AbortSignal): Promise<GameAttempt>;
}

/** Run attempts together; the first success aborts the others. Results in attempt order. */
async function firstSuccess(attempts: Attempt[], outer: AbortSignal): Promise<{ winner: number | null; results: GameAttempt[] }> {
  const controllers = attempts.map(() => new AbortController());
  const signals = controllers.map((c) => AbortSignal.any([outer, c.signal]));
  let winner: number | null = null;
  const results = await Promise.all(
    attempts.map((a, i) =>
      a.run(signals[i]!).then((r) => {
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

function statusLine(s: GameStatus): string {
  const parts: string[] = [];
  if (s.players !== null) parts.push(`${s.players}${s.maxPlayers !== null ? `/${s.maxPlayers}` : ''} players`);
  if (s.version) parts.push(`version ${s.version.slice(0, 40)}`);
  return parts.join(', ');
}

export async function runGameStage(run: GameRun, addresses: ResolvedAddress[], target: Target): Promise<void> {
  const timeoutMs = run.cap(run.options.timeouts.tcpMs);
  const maxBytes = run.options.maxBytes;
  const port = target.port;
  const v4 = addresses.find((a) => a.family === 4);
  const address = addresses[0]!;
  const common = { port, maxBytes, timeoutMs };
  const attempts: Attempt[] = [];
  let expected = 0;

  if (target.protocol === 'minecraft') {
    attempts.push({
      kind: 'minecraft-java',
      label: gameLabel('minecraft-java'),
      transport: 'tcp',
      run: (signal) => tcpExchange({ ...common, address, signal }, encodeJavaStatusRequest(target.host, port), (bytes) => {
        const decoded = decodeJavaStatusResponse(bytes, maxBytes);
        return decoded.complete ? { done: decoded.status } : { wait: true };
      }),
    });
    attempts.push({
      kind: 'minecraft-bedrock',
      label: gameLabel('minecraft-bedrock'),
      transport: 'udp',
      run: (signal) =>
        udpExchange({ ...common, address, signal }, encodeBedrockPing(BigInt(Date.now()), randomBytes(8).readBigInt64BE()), (datagram) => ({
          done: decodeBedrockPong(datagram),
        })),
    });
    if (port === MINECRAFT_BEDROCK_PORT || port === MINECRAFT_BEDROCK_PORT + 1) expected = 1;
  } else if (target.protocol === 'source') {
    attempts.push({ kind: 'source', label: gameLabel('source'), transport: 'udp', run: (signal) => udpExchange({ ...common, address, signal }, encodeA2sInfo(), a2sDecoder()) });
  } else if (isGameDigProtocol(target.protocol)) {
    const game = lookupGame(gameIdOf(target.protocol));
    if (!game.ok) {
      run.conclude('invalid', { invalidError: game.error });
      return;
    }
    attempts.push({
      kind: game.id,
      label: game.name,
      transport: gamedigTransport(game.protocol),
      run: (signal) => gamedigExchange({ id: game.id, protocol: game.protocol, address: v4 ?? address, port, timeoutMs, signal }),
    });
  } else {
    run.conclude('invalid', { invalidError: `${target.protocol} is not a game protocol` });
    return;
  }

  const { winner, results } = await firstSuccess(attempts, run.signal);
  const where = `${displayAddress(address)}:${port}`;
  if (winner !== null) {
    const r = results[winner]!;
    if (!r.ok) throw new Error('unreachable: the winner failed');
    run.result.game = r.status;
    const label = attempts[winner]!.label;
    const extra = statusLine(r.status);
    run.addStage({ name: 'game', ok: true, ms: r.ms, detail: `${label} answered from ${where} (${r.status.transport.toUpperCase()}) in ${r.status.latencyMs} ms${extra ? `: ${extra}` : ''}` });
    run.conclude('ok', { stage: 'game', game: label });
    return;
  }
  results.forEach((r, i) => {
    if (r.ok) return;
    const a = attempts[i]!;
    run.addStage({ name: 'game', ok: false, ms: r.ms, detail: `${a.label} (${a.transport.toUpperCase()} ${port}): ${r.failure.detail}` });
  });
  const shown = results[expected]!;
  const attempt = attempts[expected]!;
  if (shown.ok) return;
  for (const [i, r] of results.entries()) {
    if (i !== expected && !r.ok) run.result.notes.push(`No ${attempts[i]!.label} answer either (${attempts[i]!.transport.toUpperCase()}): ${r.failure.detail}.`);
  }
  run.conclude(shown.failure.verdict, {
    stage: 'game',
    detail: shown.failure.detail,
    code: shown.failure.code,
    timeoutMs,
    game: attempt.label,
    transport: attempt.transport,
  });
}
