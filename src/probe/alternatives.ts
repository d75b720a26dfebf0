/**
 * When the asked-for port is refused or silent, look at the ports IPTV panels and web servers
 * usually move to. Same vetted address, same limits: a TCP connect per port, in parallel, and for
 * the ports that accept, one short HTTP HEAD to say what answers there.
 */
import { connectOnce, sniffPort, type ConnectOptions } from './tcp';
import type { AlternativeFacts, AlternativePort, ResolvedAddress } from './types';

/** Ports worth a look, in the order we report them. */
export const DEFAULT_ALTERNATIVE_PORTS: readonly number[] = [80, 443, 8080, 8000, 8880, 2086, 2095, 25461];

export interface AlternativesOptions extends ConnectOptions {
  address: ResolvedAddress;
  /** The port already tried (left out). */
  port: number;
  host: string;
  ports?: readonly number[];
  /** Cap on the HEAD sniff per open port (ms); defaults to half the timeout, at most 1500. */
  sniffMs?: number;
}

function whatAnswered(kind: string, firstLine: string | null): AlternativeFacts {
  switch (kind) {
    case 'http': {
      const status = firstLine?.match(/^HTTP\/\d(?:\.\d)?\s+(\d{3})/)?.[1];
      return status ? { kind: 'open', answer: 'http', status: Number(status) } : { kind: 'open', answer: 'http' };
    }
    case 'tls':
    case 'ssh':
    case 'other':
      return { kind: 'open', answer: kind };
    default:
      return { kind: 'open', answer: 'none' };
  }
}

/** Probe the alternative ports; results in the order of `ports`. */
export async function probeAlternatives(options: AlternativesOptions): Promise<AlternativePort[]> {
  const ports = [...new Set(options.ports ?? DEFAULT_ALTERNATIVE_PORTS)].filter((p) => p !== options.port && p > 0 && p < 65536);
  const sniffMs = options.sniffMs ?? Math.min(1500, Math.max(100, Math.floor(options.timeoutMs / 2)));
  const hostHeader = options.host.includes(':') ? `[${options.host}]` : options.host;
  return Promise.all(
    ports.map(async (port): Promise<AlternativePort> => {
      const tcp = await connectOnce(options.address, port, { timeoutMs: options.timeoutMs, signal: options.signal });
      if (!tcp.ok) {
        const facts: AlternativeFacts =
          tcp.failure.verdict === 'refused' ? { kind: 'refused' } : tcp.failure.verdict === 'timeout' ? { kind: 'no-answer' } : { kind: 'failed', failure: tcp.failure };
        return { port, open: false, facts };
      }
      const sniff = await sniffPort(options.address, port, {
        timeoutMs: sniffMs,
        signal: options.signal,
        payload: `HEAD / HTTP/1.1\r\nHost: ${hostHeader}:${port}\r\nUser-Agent: netmedic-check\r\nConnection: close\r\n\r\n`,
      });
      return { port, open: true, facts: whatAnswered(sniff.kind, sniff.firstLine) };
    }),
  );
}
