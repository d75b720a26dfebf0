/**
 * The socket side of game checks: one TCP conversation or one UDP conversation with a vetted
 * address literal (never a name), under a timeout, the check's abort signal and a byte cap.
 * The protocol modules decide what to send and what the answer means; this file only moves bytes
 * and turns socket failures into verdicts.
 *
 * UDP has no handshake, so its failures get their own verdicts: the socket is connected (so the
 * kernel hands us ICMP errors), and an ICMP port unreachable surfaces as ECONNREFUSED on the next
 * receive → `udp-refused`; silence until the timeout → `udp-no-answer`.
 */
import type * as Dgram from 'node:dgram';
import net from 'node:net';
import { monotonicMs } from '../../util/monotonic';
import { classifyOr, type NetworkFailure } from '../classify';
import { guarded, type ConnectOptions } from '../tcp';
import type { GameFailureFacts, GameStatus, ResolvedAddress } from '../types';
import { GameProtocolError } from './minecraft-java';

export type GameFailure = GameFailureFacts;

export type GameAttempt =
  | { ok: true; ms: number; status: GameStatus }
  | { ok: false; ms: number; failure: GameFailure; /** TCP only: the port accepted the connection. */ connected?: boolean };

export interface ExchangeOptions extends ConnectOptions {
  address: ResolvedAddress;
  port: number;
  /** Most bytes accepted from the server. */
  maxBytes: number;
}

/** What the protocol answers to each chunk (TCP) or datagram (UDP). */
export type Step = { done: Omit<GameStatus, 'latencyMs'> } | { send: Buffer } | { wait: true };

function mismatch(err: GameProtocolError): GameFailure {
  return { verdict: 'game-mismatch', code: err.code, kind: 'protocol', problem: err.problem };
}

/**
 * TCP: connect, send `request`, feed everything received to `decode` until it returns a status.
 * Latency is measured from sending the request to the complete answer.
 */
export function tcpExchange(o: ExchangeOptions, request: Buffer, decode: (received: Buffer) => Step): Promise<GameAttempt> {
  const start = monotonicMs();
  const elapsed = () => Math.round(monotonicMs() - start);
  let connected = false;
  return guarded<GameAttempt>(
    o,
    'game query',
    (settle, fail) => {
      const socket = net.connect({ host: o.address.address, port: o.port, family: o.address.family, noDelay: true });
      let received = Buffer.alloc(0);
      let sentAt = 0;
      socket.once('connect', () => {
        connected = true;
        sentAt = monotonicMs();
        socket.write(request);
      });
      socket.on('data', (chunk: Buffer) => {
        received = Buffer.concat([received, chunk]);
        if (received.length > o.maxBytes) {
          settle({ ok: false, ms: elapsed(), connected, failure: { verdict: 'game-mismatch', code: 'TOO_LARGE', kind: 'too-large', maxBytes: o.maxBytes } });
          return;
        }
        try {
          const step = decode(received);
          if ('done' in step) settle({ ok: true, ms: elapsed(), status: { ...step.done, latencyMs: Math.round(monotonicMs() - sentAt) } });
          else if ('send' in step) socket.write(step.send);
        } catch (err) {
          if (err instanceof GameProtocolError) settle({ ok: false, ms: elapsed(), connected, failure: mismatch(err) });
          else fail(err);
        }
      });
      socket.once('end', () =>
        settle({
          ok: false,
          ms: elapsed(),
          connected,
          failure: { verdict: 'game-mismatch', code: 'CLOSED', kind: received.length ? 'closed-mid-answer' : 'closed-no-answer' },
        }),
      );
      socket.on('error', fail);
      return () => socket.destroy();
    },
    (err) => {
      const failure = classifyOr(err, 'reset');
      if (connected && failure.verdict === 'timeout') {
        return { ok: false, ms: elapsed(), connected, failure: { verdict: 'game-mismatch', code: failure.code, kind: 'connected-no-answer', timeoutMs: o.timeoutMs } };
      }
      return { ok: false, ms: elapsed(), connected, failure: networkGameFailure(failure) };
    },
  );
}

/**
 * UDP: send `request` from a socket connected to the vetted address, feed each datagram to
 * `decode` (which may ask to send again, e.g. with a challenge) until it returns a status.
 */
export function udpExchange(o: ExchangeOptions, request: Buffer, decode: (datagram: Buffer) => Step): Promise<GameAttempt> {
  const start = monotonicMs();
  const elapsed = () => Math.round(monotonicMs() - start);
  return guarded<GameAttempt>(
    o,
    'UDP query',
    (settle, fail) => {
      // node:dgram is loaded when a UDP probe first runs, not by every check.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const socket = (require('node:dgram') as typeof Dgram).createSocket({ type: o.address.family === 6 ? 'udp6' : 'udp4' });
      let sentAt = 0;
      let closed = false;
      const send = (buf: Buffer) => {
        sentAt = monotonicMs();
        socket.send(buf, (err) => {
          if (err) fail(err);
        });
      };
      socket.on('error', fail);
      socket.on('message', (datagram: Buffer) => {
        try {
          const step = decode(datagram.subarray(0, o.maxBytes));
          if ('done' in step) settle({ ok: true, ms: elapsed(), status: { ...step.done, latencyMs: Math.round(monotonicMs() - sentAt) } });
          else if ('send' in step) send(step.send);
        } catch (err) {
          if (err instanceof GameProtocolError) settle({ ok: false, ms: elapsed(), failure: mismatch(err) });
          else fail(err);
        }
      });
      socket.connect(o.port, o.address.address, () => send(request));
      return () => {
        if (closed) return;
        closed = true;
        try {
          socket.close();
        } catch {
          // Already closed after an error.
        }
      };
    },
    (err) => ({ ok: false, ms: elapsed(), failure: udpFailure(err, o.timeoutMs) }),
  );
}

/** UDP failures: ICMP port unreachable → udp-refused; silence → udp-no-answer; others as usual. */
export function udpFailure(err: unknown, timeoutMs: number): GameFailure {
  const failure = classifyOr(err, 'network-unreachable');
  if (failure.verdict === 'refused') return { verdict: 'udp-refused', code: failure.code, kind: 'udp-port-unreachable' };
  if (failure.verdict === 'timeout' && failure.code !== 'NETMEDIC_DEADLINE') {
    return { verdict: 'udp-no-answer', code: failure.code, kind: 'udp-no-answer', timeoutMs };
  }
  return networkGameFailure(failure);
}

/** A network failure met by a game query (its verdict, code and kind, and the failure itself). */
export function networkGameFailure(failure: NetworkFailure): GameFailure {
  return { verdict: failure.verdict, code: failure.code, kind: failure.kind, failure };
}
