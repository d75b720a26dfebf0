/**
 * The TCP stage: open a connection to one vetted address (no name resolution: the address is a
 * literal), time it, close it. Plus a tiny "what does this port say" sniffer used to explain
 * protocol mismatches (plain HTTP on a TLS port, SSH where HTTP was expected…).
 */
import net from 'node:net';
import { monotonicMs } from '../util/monotonic';
import { classifyOr, ProbeDeadlineError, ProbeTimeoutError, type NetworkFailure } from './classify';
import type { CheckNote, ResolvedAddress, StageResult } from './types';

export interface ConnectOptions {
  timeoutMs: number;
  /** Overall deadline: aborting stops the attempt at once. */
  signal?: AbortSignal;
}

export type ConnectOutcome =
  | { ok: true; ms: number; address: ResolvedAddress }
  | { ok: false; ms: number; address: ResolvedAddress; failure: NetworkFailure };

/** Runs `body` with a timer and the abort signal wired to `fail`; settles exactly once. */
export function guarded<T>(
  options: ConnectOptions,
  what: string,
  body: (settle: (value: T) => void, fail: (err: unknown) => void) => () => void,
  onFail: (err: unknown) => T,
): Promise<T> {
  return new Promise<T>((resolve) => {
    let done = false;
    let cleanup: () => void = () => undefined;
    const finish = (value: T) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      cleanup();
      resolve(value);
    };
    const fail = (err: unknown) => finish(onFail(err));
    const onAbort = () => fail(abortReason(options.signal));
    const timer = setTimeout(() => fail(new ProbeTimeoutError(options.timeoutMs, what)), options.timeoutMs);
    if (options.signal?.aborted) {
      fail(abortReason(options.signal));
      return;
    }
    options.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      cleanup = body(finish, fail);
    } catch (err) {
      fail(err);
    }
  });
}

export function abortReason(signal: AbortSignal | undefined): unknown {
  const reason: unknown = signal?.reason;
  return reason instanceof Error ? reason : new ProbeDeadlineError(0);
}

/** One TCP connect to a literal address. The socket is closed as soon as it is connected. */
export function connectOnce(address: ResolvedAddress, port: number, options: ConnectOptions): Promise<ConnectOutcome> {
  const start = monotonicMs();
  const elapsed = () => Math.round(monotonicMs() - start);
  return guarded<ConnectOutcome>(
    options,
    'TCP connect',
    (settle, fail) => {
      const socket = net.connect({ host: address.address, port, family: address.family, noDelay: true });
      socket.once('connect', () => settle({ ok: true, ms: elapsed(), address }));
      socket.on('error', fail);
      return () => socket.destroy();
    },
    (err) => ({ ok: false, ms: elapsed(), address, failure: classifyOr(err, 'network-unreachable') }),
  );
}

/** The first address of each family, in the order the name gave them. */
export function onePerFamily(addresses: ResolvedAddress[]): ResolvedAddress[] {
  const out: ResolvedAddress[] = [];
  for (const a of addresses) if (!out.some((o) => o.family === a.family)) out.push(a);
  return out;
}

export interface TcpStageOutcome {
  stages: StageResult[];
  /** The address later stages should use (the first that connected), or null. */
  address: ResolvedAddress | null;
  /** The failure to report when no address connected (the first family's). */
  failure: NetworkFailure | null;
  /** One family fails while the other works. */
  notes: CheckNote[];
}

/** Connect to one address per family in parallel; one stage line per family. */
export async function tcpStage(addresses: ResolvedAddress[], port: number, options: ConnectOptions): Promise<TcpStageOutcome> {
  const targets = onePerFamily(addresses);
  const results = await Promise.all(targets.map((a) => connectOnce(a, port, options)));
  const stages: StageResult[] = results.map((r) => {
    const where = { address: r.address.address, family: r.address.family, port };
    return { name: 'tcp', ok: r.ok, ms: r.ms, family: r.address.family, facts: r.ok ? { kind: 'connected', ...where } : { kind: 'failed', ...where, failure: r.failure } };
  });
  const working = results.find((r) => r.ok) ?? null;
  const firstFailure = results.find((r): r is Extract<ConnectOutcome, { ok: false }> => !r.ok) ?? null;
  const notes: CheckNote[] = [];
  if (working && firstFailure) {
    notes.push({ kind: 'family-fails', failing: firstFailure.address.family, working: working.address.family, failure: firstFailure.failure });
  }
  return {
    stages,
    address: working ? working.address : null,
    failure: working ? null : (firstFailure?.failure ?? null),
    notes,
  };
}

export function displayAddress(a: ResolvedAddress): string {
  return a.family === 6 ? `[${a.address}]` : a.address;
}

// ---------------------------------------------------------------------------------------------
// Sniffing: what does the port say?

export type SniffKind = 'http' | 'tls' | 'ssh' | 'other' | 'silent' | 'closed' | 'failed';

export interface SniffResult {
  kind: SniffKind;
  /** The first line we got (printable characters only, at most 80), when there was one. */
  firstLine: string | null;
}

/** What a chunk of bytes looks like. */
export function recogniseBytes(bytes: Buffer): SniffKind {
  if (bytes.length === 0) return 'silent';
  const b0 = bytes[0]!;
  if ((b0 === 0x15 || b0 === 0x16) && bytes.length >= 2 && bytes[1] === 0x03) return 'tls';
  const head = bytes.subarray(0, 16).toString('latin1');
  if (/^HTTP\/\d/.test(head)) return 'http';
  if (head.startsWith('SSH-')) return 'ssh';
  return 'other';
}

export function printableFirstLine(bytes: Buffer): string | null {
  const text = bytes.subarray(0, 200).toString('latin1').split(/\r?\n/)[0] ?? '';
  const clean = text.replace(/[^\x20-\x7e]/g, '').slice(0, 80);
  return clean === '' ? null : clean;
}

/**
 * Connect to the literal address, send a minimal HTTP request (`payload`), and look at the
 * first bytes that come back. Used only to explain a failure that already happened.
 */
export function sniffPort(
  address: ResolvedAddress,
  port: number,
  options: ConnectOptions & { payload?: string | Buffer },
): Promise<SniffResult> {
  return guarded<SniffResult>(
    options,
    'sniff',
    (settle) => {
      const socket = net.connect({ host: address.address, port, family: address.family, noDelay: true });
      let got = Buffer.alloc(0);
      socket.once('connect', () => {
        if (options.payload !== undefined) socket.write(options.payload);
      });
      socket.on('data', (chunk: Buffer) => {
        got = Buffer.concat([got, chunk]).subarray(0, 512);
        if (got.length >= 8 || got.includes(0x0a)) settle({ kind: recogniseBytes(got), firstLine: printableFirstLine(got) });
      });
      socket.once('end', () => settle(got.length ? { kind: recogniseBytes(got), firstLine: printableFirstLine(got) } : { kind: 'closed', firstLine: null }));
      socket.on('error', () => settle(got.length ? { kind: recogniseBytes(got), firstLine: printableFirstLine(got) } : { kind: 'failed', firstLine: null }));
      return () => socket.destroy();
    },
    () => ({ kind: 'silent', firstLine: null }),
  );
}
